namespace DentalLab.Data.Entities;

/// <summary>A permission such as <c>cases.view</c>, grouped by module.</summary>
public class Permission : Entity
{
    public string Code { get; set; } = "";

    public string Module { get; set; } = "";

    public string Description { get; set; } = "";
}
