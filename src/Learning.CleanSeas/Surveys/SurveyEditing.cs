using Learning.Core;
using Learning.Core.Audit;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Learning.CleanSeas.Surveys;

/// <summary>What a moderator types for a question: its kind, and per language the text and the options, one a line.</summary>
public sealed class QuestionInput
{
    public string? Kind { get; set; }
    public Dictionary<string, string> Texts { get; set; } = [];
    public Dictionary<string, string> Options { get; set; } = [];
}

/// <summary>Moderators build a survey in every language while it is a draft, then send it once.</summary>
public sealed class SurveyEditing(LearningDbContext db, AuditLog audit, TimeProvider clock, PoStringLocalizer t, CultureCatalog cultures, SurveyInvitations invitations)
{
    public Task<Survey?> FindAsync(long id, CancellationToken ct) =>
        db.Set<Survey>().Include(s => s.Questions).FirstOrDefaultAsync(s => s.Id == id, ct);

    public async Task<(Survey? Survey, string? Error)> CreateAsync(Dictionary<string, string> titles, CancellationToken ct)
    {
        var clean = Clean(titles);
        if (!clean.ContainsKey("en"))
        {
            return (null, t["Enter the title in English at least."]);
        }
        var survey = db.Add(new Survey { Titles = clean, CreatedUtc = clock.GetUtcNow().UtcDateTime }).Entity;
        await db.SaveChangesAsync(ct);
        audit.Record("clean-seas.survey.create", $"survey:{survey.Id}", clean["en"]);
        await db.SaveChangesAsync(ct);
        return (survey, null);
    }

    public async Task<List<string>> AddQuestionAsync(Survey survey, QuestionInput input, CancellationToken ct)
    {
        var errors = new List<string>();
        if (survey.Status != SurveyStatus.Draft)
        {
            errors.Add(t["A sent survey cannot be changed."]);
        }
        if (!EnumNames.TryParse<QuestionKind>(input.Kind, out var kind))
        {
            errors.Add(t["Choose the kind of question."]);
        }
        var texts = Clean(input.Texts);
        if (!texts.ContainsKey("en"))
        {
            errors.Add(t["Enter the question in English at least."]);
        }
        var options = Clean(input.Options).ToDictionary(o => o.Key, o => o.Value.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList());
        var isChoice = kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice;
        if (isChoice && (options.GetValueOrDefault("en") is not { Count: >= 2 } english || options.Values.Any(o => o.Count != english.Count)))
        {
            errors.Add(t["List at least two options, one a line, and the same number in every language."]);
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        survey.Questions.Add(new SurveyQuestion
        {
            Kind = kind, Texts = texts, Options = isChoice ? options : [], Order = survey.Questions.Count + 1,
        });
        audit.Record("clean-seas.survey.question", $"survey:{survey.Id}", texts["en"]);
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<string?> SendAsync(Survey survey, CancellationToken ct)
    {
        if (survey.Status != SurveyStatus.Draft || survey.Questions.Count == 0)
        {
            return t["Only a draft survey with at least one question can be sent."];
        }
        survey.Status = SurveyStatus.Sent;
        survey.SentUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record("clean-seas.survey.send", $"survey:{survey.Id}");
        await db.SaveChangesAsync(ct);
        invitations.Enqueue(survey.Id);
        return null;
    }

    private Dictionary<string, string> Clean(Dictionary<string, string> byCulture) =>
        byCulture.Where(kv => cultures.IsSupported(kv.Key) && !string.IsNullOrWhiteSpace(kv.Value))
            .ToDictionary(kv => kv.Key, kv => kv.Value.Trim().Length > 2000 ? kv.Value.Trim()[..2000] : kv.Value.Trim());
}
