namespace Learning.Web.Data.Migrations;

/// <summary>
/// When each trainer joined a cohort, for the rows from before it was recorded: the administrator's
/// audited "trainer added", or else the cohort's opening, which is when its opener became its
/// trainer. So the opener stays the lead of an existing cohort. The same SQL serves both providers.
/// </summary>
internal static class TrainerAddedUtcBackfill
{
    public const string Sql = """
        UPDATE "TrainingCohortTrainers" SET "AddedUtc" = COALESCE(
            (SELECT MIN(e."Utc") FROM "AuditEntries" e WHERE e."Action" = 'training.trainer-added'
                AND e."Subject" = "TrainingCohortTrainers"."CohortId" AND e."Detail" = "TrainingCohortTrainers"."UserId"),
            (SELECT c."CreatedUtc" FROM "TrainingCohorts" c WHERE c."Id" = "TrainingCohortTrainers"."CohortId"),
            "AddedUtc");
        """;
}
