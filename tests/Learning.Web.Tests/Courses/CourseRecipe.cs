using System.Text.Json.Nodes;

namespace Learning.Web.Tests.Courses;

/// <summary>A small course for tests: one track in English and Thai, two units, a unit quiz and a final quiz.</summary>
public static class CourseRecipe
{
    public const string Slug = "test-course";

    public static string Json(string thaiStatus = "scheduled", string thaiReleaseAt = "2030-01-01T09:00", bool thaiComplete = true, string englishReleaseAt = "2026-01-05T09:00") => new JsonObject
    {
        ["name"] = "test-course",
        ["steps"] = new JsonArray(
            new JsonObject
            {
                ["name"] = "Courses",
                ["data"] = new JsonArray(new JsonObject
                {
                    ["id"] = "test-course", ["slug"] = Slug,
                    ["titles"] = new JsonObject { ["en"] = "Test course", ["th"] = "หลักสูตรทดสอบ" },
                    ["tracks"] = new JsonArray(new JsonObject
                    {
                        ["id"] = "test-track", ["names"] = new JsonObject { ["en"] = "Test track", ["th"] = "แทร็กทดสอบ" },
                        ["cultures"] = new JsonArray("en", "th", "ar"), ["hours"] = 2, ["weeks"] = 1, ["requiredUnits"] = null, ["passMark"] = 60,
                    }),
                    ["runs"] = new JsonArray(new JsonObject { ["id"] = "test-run", ["number"] = 1, ["startsOn"] = "2026-01-05", ["endsOn"] = "2026-02-05" }),
                }),
            },
            new JsonObject
            {
                ["name"] = "Editions",
                ["data"] = new JsonArray(
                    Edition("en", "released", englishReleaseAt, "Europe/London", complete: true),
                    Edition("th", thaiStatus, thaiReleaseAt, "Asia/Bangkok", thaiComplete),
                    Edition("ar", "archived", "2025-01-05T09:00", "Asia/Riyadh", complete: true)),
            }),
    }.ToJsonString();

    public static string EditionId(string culture) => $"test-{culture}";

    private static JsonObject Edition(string culture, string status, string releaseAt, string zone, bool complete)
    {
        var id = EditionId(culture);
        return new JsonObject
        {
            ["id"] = id, ["course"] = "test-course", ["run"] = "test-run", ["track"] = "test-track", ["culture"] = culture,
            ["title"] = $"Test course ({culture})", ["summary"] = "A short course.", ["status"] = status,
            ["releaseAt"] = releaseAt, ["timeZone"] = zone,
            ["units"] = new JsonArray(
                Unit(id, 1, "single", final: false, lessonBody: "Rivers carry litter to the sea."),
                Unit(id, 2, "truefalse", final: true, lessonBody: complete ? "Microplastics are smaller than 5 mm." : "")),
        };
    }

    private static JsonObject Unit(string edition, int n, string kind, bool final, string lessonBody) => new()
    {
        ["id"] = $"{edition}-u{n}", ["title"] = $"Unit {n}", ["releaseWeek"] = n - 1,
        ["lessons"] = new JsonArray(new JsonObject
        {
            ["id"] = $"{edition}-u{n}-l1", ["title"] = $"Lesson {n}", ["body"] = lessonBody, ["videoUrl"] = null, ["captionsUrl"] = null,
            ["resources"] = new JsonArray(), ["required"] = true,
        }),
        ["quiz"] = new JsonObject
        {
            ["id"] = $"{edition}-u{n}-q", ["title"] = $"Quiz {n}", ["passMark"] = 60, ["maxAttempts"] = 2, ["final"] = final,
            ["questions"] = new JsonArray(new JsonObject
            {
                ["id"] = $"{edition}-u{n}-q-1", ["kind"] = kind, ["text"] = "Which is right?",
                ["options"] = new JsonArray(
                    new JsonObject { ["text"] = "Right", ["correct"] = true, ["feedback"] = "Yes." },
                    new JsonObject { ["text"] = "Wrong", ["correct"] = false, ["feedback"] = "No." }),
            }),
        },
    };
}
