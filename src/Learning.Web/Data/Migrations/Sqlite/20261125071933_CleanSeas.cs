using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Learning.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CleanSeas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CleanSeasCommitmentSteps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommitmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false),
                    Utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CleanSeasCommitmentSteps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CleanSeasIndividualPledges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    HideName = table.Column<bool>(type: "INTEGER", nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", nullable: false),
                    Promises = table.Column<string>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", nullable: false),
                    ConfirmToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConfirmedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CleanSeasIndividualPledges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CleanSeasOfficialDomains",
                columns: table => new
                {
                    Domain = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CleanSeasOfficialDomains", x => x.Domain);
                });

            migrationBuilder.CreateTable(
                name: "CleanSeasPledges",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    GovernmentCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Verification = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ApplicationNote = table.Column<string>(type: "TEXT", nullable: false),
                    LetterName = table.Column<string>(type: "TEXT", nullable: true),
                    Letter = table.Column<byte[]>(type: "BLOB", nullable: true),
                    AppliedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VerifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CleanSeasPledges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CleanSeasProgressReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommitmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    Achievements = table.Column<string>(type: "TEXT", nullable: false),
                    Challenges = table.Column<string>(type: "TEXT", nullable: false),
                    Light = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", nullable: false),
                    ReportedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CleanSeasProgressReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CleanSeasRegions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Names = table.Column<string>(type: "TEXT", nullable: false),
                    Countries = table.Column<string>(type: "TEXT", nullable: false),
                    CampaignSet = table.Column<string>(type: "TEXT", nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CleanSeasRegions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CleanSeasSurveyResponses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyId = table.Column<long>(type: "INTEGER", nullable: false),
                    PledgeId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CleanSeasSurveyResponses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CleanSeasSurveys",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Titles = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CleanSeasSurveys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CleanSeasCommitments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PledgeId = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Baseline = table.Column<decimal>(type: "TEXT", nullable: false),
                    Target = table.Column<decimal>(type: "TEXT", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BaselineDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SdgCodes = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Partners = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastReportUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ProgressPercent = table.Column<int>(type: "INTEGER", nullable: true),
                    Light = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Inactive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CleanSeasCommitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CleanSeasCommitments_CleanSeasPledges_PledgeId",
                        column: x => x.PledgeId,
                        principalTable: "CleanSeasPledges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CleanSeasSurveyQuestions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyId = table.Column<long>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Texts = table.Column<string>(type: "TEXT", nullable: false),
                    Options = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CleanSeasSurveyQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CleanSeasSurveyQuestions_CleanSeasSurveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "CleanSeasSurveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CleanSeasCommitments_PledgeId",
                table: "CleanSeasCommitments",
                column: "PledgeId");

            migrationBuilder.CreateIndex(
                name: "IX_CleanSeasCommitments_Status_Inactive",
                table: "CleanSeasCommitments",
                columns: new[] { "Status", "Inactive" });

            migrationBuilder.CreateIndex(
                name: "IX_CleanSeasCommitmentSteps_CommitmentId",
                table: "CleanSeasCommitmentSteps",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CleanSeasIndividualPledges_ConfirmToken",
                table: "CleanSeasIndividualPledges",
                column: "ConfirmToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CleanSeasIndividualPledges_Email_CreatedUtc",
                table: "CleanSeasIndividualPledges",
                columns: new[] { "Email", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CleanSeasPledges_GovernmentCountry",
                table: "CleanSeasPledges",
                column: "GovernmentCountry",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CleanSeasPledges_UserId",
                table: "CleanSeasPledges",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CleanSeasProgressReports_CommitmentId_Year",
                table: "CleanSeasProgressReports",
                columns: new[] { "CommitmentId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CleanSeasSurveyQuestions_SurveyId",
                table: "CleanSeasSurveyQuestions",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_CleanSeasSurveyResponses_SurveyId_PledgeId",
                table: "CleanSeasSurveyResponses",
                columns: new[] { "SurveyId", "PledgeId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CleanSeasCommitments");

            migrationBuilder.DropTable(
                name: "CleanSeasCommitmentSteps");

            migrationBuilder.DropTable(
                name: "CleanSeasIndividualPledges");

            migrationBuilder.DropTable(
                name: "CleanSeasOfficialDomains");

            migrationBuilder.DropTable(
                name: "CleanSeasProgressReports");

            migrationBuilder.DropTable(
                name: "CleanSeasRegions");

            migrationBuilder.DropTable(
                name: "CleanSeasSurveyQuestions");

            migrationBuilder.DropTable(
                name: "CleanSeasSurveyResponses");

            migrationBuilder.DropTable(
                name: "CleanSeasPledges");

            migrationBuilder.DropTable(
                name: "CleanSeasSurveys");
        }
    }
}
