using DentalLab.Data.Entities;
using DentalLab.Web.Features.Workflow.Templates;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DentalLab.Data.Entities.WorkflowStageName;

namespace DentalLab.Web.Tests.Features.Workflow;

/// <summary>Workflow template editing: validation next to each field, saved order, audited, admins only.</summary>
[Collection(LabCollection.Name)]
public sealed class TemplateServiceTests(LabServerFixture server)
{
    private static async Task<TemplateInput> InputAsync(TemplateService service, ProcedureType procedure) =>
        TemplateInput.From((await service.ListAsync()).Single(t => t.Procedure == procedure));

    [Fact]
    public async Task Invalid_templates_are_refused_with_a_message_per_field_and_a_valid_one_is_saved_in_order()
    {
        var app = await server.SharedAppAsync("workflow-templates");
        await using var scope = await app.ScopeAsAsync("manager@dentallab.test");
        var service = scope.ServiceProvider.GetRequiredService<TemplateService>();

        var input = await InputAsync(service, ProcedureType.Veneer);
        input.TurnaroundDays = 0;
        input.Stages.Single(s => s.Stage == Design).ExpectedHours = -1;
        input.Stages.Single(s => s.Stage == Milling).Position = input.Stages.Single(s => s.Stage == Design).Position;
        input.Stages.Single(s => s.Stage == QualityControl).Included = false;
        var refused = await service.SaveAsync(input);
        Assert.Equal("The turnaround must be at least 1 business day.", refused.For(nameof(TemplateInput.TurnaroundDays)));
        Assert.Equal("Hours must be between 0 and 9999.", refused.For(TemplateService.HoursField(Design)));
        Assert.StartsWith("Another stage also has order", refused.For(TemplateService.OrderField(Milling)));
        Assert.Equal("Quality control is always part of the workflow.", refused.For(nameof(TemplateInput.Stages)));

        input = await InputAsync(service, ProcedureType.Veneer);
        Assert.Equal(6, input.TurnaroundDays);
        input.TurnaroundDays = 8;
        input.Stages.Single(s => s.Stage == Sintering).Included = false;
        input.Stages.Single(s => s.Stage == Design).ExpectedHours = 2.5m;
        // Milling before design: the order is the admin's to choose.
        input.Stages.Single(s => s.Stage == Milling).Position = 3;
        input.Stages.Single(s => s.Stage == Design).Position = 4;
        var saved = await service.SaveAsync(input);
        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Values));

        var row = (await service.ListAsync()).Single(t => t.Procedure == ProcedureType.Veneer);
        Assert.Equal(8, row.TurnaroundDays);
        Assert.Equal([Receiving, ImpressionScan, Milling, Design, QualityControl, Delivery], row.Stages.Select(s => s.Stage));
        Assert.Equal([1, 2, 3, 4, 5, 6], row.Stages.Select(s => s.Position));
        Assert.Equal(2.5m, row.Stages.Single(s => s.Stage == Design).ExpectedHours);

        await using var db = app.Db();
        Assert.True(await db.AuditLog.AnyAsync(a => a.TableName == "workflow_templates" && a.RecordId == row.Id.ToString() && a.Action == AuditAction.Update));
    }

    [Fact]
    public async Task A_technician_cannot_read_or_edit_templates()
    {
        var app = await server.SharedAppAsync("workflow-templates");
        await using var scope = await app.ScopeAsAsync("tech@dentallab.test");
        var service = scope.ServiceProvider.GetRequiredService<TemplateService>();
        await Assert.ThrowsAsync<ForbiddenException>(() => service.ListAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => service.SaveAsync(new TemplateInput()));
    }
}
