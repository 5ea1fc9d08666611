using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Core.Modules;

/// <summary>
/// The one contract between the host and a module. The host calls these in order at start-up;
/// a module owns its tables, endpoints, recipe steps, jobs, permissions and admin menu entries.
/// </summary>
public interface ILearningModule
{
    string Name { get; }

    void ConfigureServices(IServiceCollection services, IConfiguration configuration) { }

    void ConfigureModel(ModelBuilder modelBuilder) { }

    void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    IEnumerable<Permission> Permissions => [];

    IEnumerable<AdminMenuEntry> AdminMenu => [];
}
