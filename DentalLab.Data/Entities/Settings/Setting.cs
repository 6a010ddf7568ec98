namespace DentalLab.Data.Entities;

/// <summary>A typed lab setting; the value is JSON of the declared type.</summary>
public class Setting : Entity, IAudited
{
    public string Key { get; set; } = "";

    public string Category { get; set; } = "";

    /// <summary>string, integer, decimal, boolean, date_list, text.</summary>
    public string ValueType { get; set; } = "string";

    /// <summary>The value as JSON (jsonb).</summary>
    public string Value { get; set; } = "null";

    public string Description { get; set; } = "";
}
