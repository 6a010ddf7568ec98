namespace DentalLab.Data.Entities;

/// <summary>A grant of one permission to one role; editable at run time.</summary>
public class RolePermission : Entity, IAudited
{
    public Guid RoleId { get; set; }

    public Role? Role { get; set; }

    public Guid PermissionId { get; set; }

    public Permission? Permission { get; set; }
}
