using Learning.Core.Cultures;
using Learning.Courses.Progress;
using Microsoft.AspNetCore.Mvc;

namespace Learning.Courses.Pages.Learning;

/// <summary>The link in release e-mails: it takes the learner to where they left off.</summary>
public sealed class EditionModel(Studies studies, CultureCatalog cultures) : StudyPageModel(studies, cultures)
{
    public async Task<IActionResult> OnGetAsync(string editionId)
    {
        if (!await OpenAsync(editionId) || Study.Resume is not { } lesson)
        {
            return LocalRedirect(CourseAddresses.MyLearning(System.Globalization.CultureInfo.CurrentUICulture.Name));
        }
        return LocalRedirect(CourseAddresses.Lesson(Study.Edition.Culture, editionId, lesson.Id));
    }
}
