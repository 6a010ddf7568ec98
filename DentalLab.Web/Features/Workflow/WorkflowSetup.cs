namespace DentalLab.Web.Features.Workflow;

/// <summary>Registers the workflow module: stage transitions, the board, the scan station and templates.</summary>
public static class WorkflowSetup
{
    public static IServiceCollection AddWorkflowFeatures(this IServiceCollection services)
    {
        services.AddScoped<WorkflowService>();
        services.AddScoped<BoardService>();
        services.AddSingleton<BoardReads>();
        services.AddScoped<Scan.ScanService>();
        services.AddScoped<Templates.TemplateService>();
        return services;
    }
}
