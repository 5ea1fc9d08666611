using Learning.Core.Pages;
using System.Text;
using Learning.Training.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Learning.Training.Pages.Training;

/// <summary>The survey template with two example rows; its columns are documented on the "my training" page.</summary>
[AllowAnonymous]
public sealed class SurveyTemplateModel : SitePage
{
    public IActionResult OnGet() => File(Encoding.UTF8.GetBytes(SurveyCsv.Template), "text/csv; charset=utf-8", "shoreline-survey-template.csv");
}
