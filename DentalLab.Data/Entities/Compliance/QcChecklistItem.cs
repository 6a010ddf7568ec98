namespace DentalLab.Data.Entities;

/// <summary>One point the inspector checks at quality control for a procedure type (margins, contacts, shade...).</summary>
public class QcChecklistItem : Entity, IAudited
{
    public const int TextMaxLength = 200;

    public ProcedureType ProcedureType { get; set; }

    /// <summary>1-based order on the checklist.</summary>
    public int Position { get; set; }

    public string Text { get; set; } = "";

    /// <summary>A removed item stays for the records that name it; only active items are checked.</summary>
    public bool IsActive { get; set; } = true;
}
