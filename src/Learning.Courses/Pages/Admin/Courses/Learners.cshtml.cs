using Learning.Core.Admin;
using Learning.Core.Cultures;
using Learning.Core.Tables;
using Learning.Courses.Learners;
using Microsoft.AspNetCore.Mvc;
using static Learning.Core.Cultures.UiText;

namespace Learning.Courses.Pages.Admin.Courses;

/// <summary>An edition's learners for its staff: searched, filtered and paged, and downloaded with the same filters as CSV or Excel.</summary>
public sealed class LearnersModel(EditionLearners learners, PoStringLocalizer t) : AuthoringPage
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Band { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Activity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    [BindProperty(SupportsGet = true, Name = Paging.Key)]
    public int P { get; set; } = 1;

    public EditionOutline Outline { get; private set; } = null!;

    public PageOf<LearnerRow> Found { get; private set; } = new([], 1, 1, 0);

    public bool Filtered => !string.IsNullOrEmpty(Q + State + Band + Activity);

    public async Task<IActionResult> OnGetAsync(string editionId)
    {
        if (await learners.OutlineAsync(editionId, Aborted) is not { } outline)
        {
            return NotFound();
        }
        Outline = outline;
        var (filter, problems) = LearnerFilter.Parse(Q, State, Band, Activity);
        if (!TableDownload.TryRead(Format, out var format))
        {
            problems.Add(TableDownload.UnknownFormat);
        }
        if (problems.Count > 0)
        {
            return Invalid(problems.Select(p => t[p].Value));
        }
        if (format is { } chosen)
        {
            var table = new LearnerTable(outline, t);
            return new TableDownload(chosen, $"learners-{outline.Edition.Id}", t["Learners"], table.Header,
                TableDownload.Flatten(learners.BatchesAsync(outline, filter, Aborted), table.Row, Aborted));
        }
        Found = await learners.PageAsync(outline, filter, P, Aborted);
        return Page();
    }

    /// <summary>This list's address with its filters as a download in a format, from the first learner.</summary>
    public string DownloadLink(TableFormat format) =>
        TableDownload.Link(Request, CourseAddresses.EditionLearners(Outline.Edition.Id), format);
}
