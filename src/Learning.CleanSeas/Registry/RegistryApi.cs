using System.Globalization;
using Learning.CleanSeas.Pledges;
using Learning.Core.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Learning.CleanSeas.Registry;

/// <summary>The public registry as JSON, CSV and Excel, with the filters of the registry page.</summary>
public static class RegistryApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/clean-seas").WithTags("Clean Seas").AllowAnonymous();
        api.MapGet("/pledges", ListAsync).WithName("ListPledges")
            .WithSummary("Verified signatories with their public commitments. Filters: kind (government, organisation), region, sdg (14.1, 12.5, 11.6.1, 6.3), category, status (Published, Completed, Closed), p (page). A malformed filter is a 400.")
            .Produces<PledgesPage>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/pledges.csv", (RegistryQuery q, string? kind, string? region, string? sdg, string? category, string? status, CancellationToken ct) =>
                ExportAsync(q, kind, region, sdg, category, status, t => Task.FromResult(Results.File(Csv.Write(t), "text/csv; charset=utf-8", "clean-seas-pledges.csv")), ct))
            .WithName("ExportPledgesCsv").WithSummary("The filtered registry as CSV, one row per commitment.")
            .Produces<Stream>(contentType: "text/csv").ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/pledges.xlsx", (RegistryQuery q, string? kind, string? region, string? sdg, string? category, string? status, CancellationToken ct) =>
                ExportAsync(q, kind, region, sdg, category, status, async t => Results.File(await Xlsx.WriteAsync(t, "Pledges", ct), Xlsx.MediaType, "clean-seas-pledges.xlsx"), ct))
            .WithName("ExportPledgesXlsx").WithSummary("The filtered registry as an Excel workbook, one row per commitment.")
            .Produces<Stream>(contentType: Xlsx.MediaType).ProducesProblem(StatusCodes.Status400BadRequest);
    }

    public sealed record CommitmentDto(long Id, string Title, string Category, string Status, decimal Baseline, decimal Target, string Unit,
        DateOnly TargetDate, IEnumerable<string> Sdgs, int? ProgressPercent, string? Light, bool Inactive);

    public sealed record PledgeDto(string Id, string Kind, string Country, string Name, List<CommitmentDto> Commitments);

    public sealed record PledgesPage(int Page, int Pages, int Total, List<PledgeDto> Pledges);

    private static async Task<IResult> ListAsync(RegistryQuery query, string? kind, string? region, string? sdg, string? category, string? status, string? p, CancellationToken ct)
    {
        var (filter, errors) = RegistryFilter.Parse(kind, region, sdg, category, status, p);
        if (errors.Count > 0)
        {
            return Results.Problem(string.Join("; ", errors), statusCode: StatusCodes.Status400BadRequest, title: "Malformed filter");
        }
        if (await query.FindAsync(filter, ct) is not { } page)
        {
            return Results.Problem($"unknown region '{region}'", statusCode: StatusCodes.Status400BadRequest, title: "Malformed filter");
        }
        var culture = CultureInfo.CurrentUICulture.Name;
        return Results.Ok(new PledgesPage(page.Number, page.Count, page.Total, page.Items.Select(s => new PledgeDto(s.Pledge.Id, s.Pledge.Kind.ToString(),
            s.Pledge.CountryCode, s.Pledge.NameIn(culture), s.Commitments.Select(Dto).ToList())).ToList()));
    }

    private static CommitmentDto Dto(Commitment c) => new(c.Id, c.Title, c.Category.ToString(), c.Status.ToString(), c.Baseline, c.Target, c.Unit,
        c.TargetDate, c.Sdgs, c.ProgressPercent, c.Light?.ToString(), c.Inactive);

    private static async Task<IResult> ExportAsync(RegistryQuery query, string? kind, string? region, string? sdg, string? category, string? status,
        Func<Table, Task<IResult>> write, CancellationToken ct)
    {
        var (filter, errors) = RegistryFilter.Parse(kind, region, sdg, category, status, null);
        if (errors.Count > 0 || await query.AllAsync(filter, ct) is not { } all)
        {
            return Results.Problem(errors.Count > 0 ? string.Join("; ", errors) : $"unknown region '{region}'", statusCode: StatusCodes.Status400BadRequest);
        }
        string[] header = ["Pledge", "Kind", "Country", "Name", "Commitment", "Title", "Category", "Status", "Baseline", "Target", "Unit", "Target date", "SDG targets", "Progress %", "Light"];
        var rows = all.SelectMany(s => s.Commitments.Select(c => (IReadOnlyList<Cell>)
        [
            s.Pledge.Id, s.Pledge.Kind.ToString(), s.Pledge.CountryCode, s.Pledge.NameIn("en"), c.Id, c.Title, c.Category.ToString(), c.Status.ToString(),
            c.Baseline, c.Target, c.Unit, c.TargetDate, string.Join(" ", c.Sdgs), c.ProgressPercent, c.Light?.ToString(),
        ])).ToList();
        return await write(new Table(header, rows));
    }
}
