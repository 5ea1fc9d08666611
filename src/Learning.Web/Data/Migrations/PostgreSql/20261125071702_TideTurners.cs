using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Learning.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class TideTurners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TideTurnersActivityRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    YouthId = table.Column<long>(type: "bigint", nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    PhotoFile = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TideTurnersActivityRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TideTurnersAppointments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OrganisationId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TideTurnersAppointments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TideTurnersBadges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StatusIndex = table.Column<long>(type: "bigint", nullable: false),
                    YouthId = table.Column<long>(type: "bigint", nullable: true),
                    SubmissionId = table.Column<long>(type: "bigint", nullable: true),
                    LevelId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IssuedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Jwt = table.Column<string>(type: "text", nullable: false),
                    RevokedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevokedReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TideTurnersBadges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TideTurnersGroups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrganisationId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TideTurnersGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TideTurnersLevels",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Titles = table.Column<string>(type: "text", nullable: false),
                    Summaries = table.Column<string>(type: "text", nullable: false),
                    PassPercent = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TideTurnersLevels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TideTurnersOrganisations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TideTurnersOrganisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TideTurnersSigningKeys",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PrivateKeyPem = table.Column<string>(type: "text", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TideTurnersSigningKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TideTurnersSubmissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    YouthId = table.Column<long>(type: "bigint", nullable: false),
                    GroupId = table.Column<long>(type: "bigint", nullable: false),
                    LevelId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedBy = table.Column<string>(type: "text", nullable: false),
                    Feedback = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReviewedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TideTurnersSubmissions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TideTurnersYouths",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GroupId = table.Column<long>(type: "bigint", nullable: false),
                    Nickname = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AgeBand = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Culture = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    ConsentRecordedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConsentRecordedBy = table.Column<string>(type: "text", nullable: true),
                    Pseudonym = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastActivityUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TideTurnersYouths", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TideTurnersGroupLeaders",
                columns: table => new
                {
                    GroupId = table.Column<long>(type: "bigint", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TideTurnersGroupLeaders", x => new { x.GroupId, x.UserId });
                    table.ForeignKey(
                        name: "FK_TideTurnersGroupLeaders_TideTurnersGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "TideTurnersGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TideTurnersActivities",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    LevelId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    Titles = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TideTurnersActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TideTurnersActivities_TideTurnersLevels_LevelId",
                        column: x => x.LevelId,
                        principalTable: "TideTurnersLevels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TideTurnersActivities_LevelId",
                table: "TideTurnersActivities",
                column: "LevelId");

            migrationBuilder.CreateIndex(
                name: "IX_TideTurnersActivityRecords_YouthId_ActivityId",
                table: "TideTurnersActivityRecords",
                columns: new[] { "YouthId", "ActivityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TideTurnersAppointments_UserId_Role_OrganisationId_Country",
                table: "TideTurnersAppointments",
                columns: new[] { "UserId", "Role", "OrganisationId", "Country" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TideTurnersBadges_StatusIndex",
                table: "TideTurnersBadges",
                column: "StatusIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TideTurnersBadges_SubmissionId",
                table: "TideTurnersBadges",
                column: "SubmissionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TideTurnersBadges_YouthId",
                table: "TideTurnersBadges",
                column: "YouthId");

            migrationBuilder.CreateIndex(
                name: "IX_TideTurnersSubmissions_State_SubmittedUtc",
                table: "TideTurnersSubmissions",
                columns: new[] { "State", "SubmittedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_TideTurnersSubmissions_YouthId_LevelId",
                table: "TideTurnersSubmissions",
                columns: new[] { "YouthId", "LevelId" });

            migrationBuilder.CreateIndex(
                name: "IX_TideTurnersYouths_GroupId",
                table: "TideTurnersYouths",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_TideTurnersYouths_LastActivityUtc",
                table: "TideTurnersYouths",
                column: "LastActivityUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TideTurnersActivities");

            migrationBuilder.DropTable(
                name: "TideTurnersActivityRecords");

            migrationBuilder.DropTable(
                name: "TideTurnersAppointments");

            migrationBuilder.DropTable(
                name: "TideTurnersBadges");

            migrationBuilder.DropTable(
                name: "TideTurnersGroupLeaders");

            migrationBuilder.DropTable(
                name: "TideTurnersOrganisations");

            migrationBuilder.DropTable(
                name: "TideTurnersSigningKeys");

            migrationBuilder.DropTable(
                name: "TideTurnersSubmissions");

            migrationBuilder.DropTable(
                name: "TideTurnersYouths");

            migrationBuilder.DropTable(
                name: "TideTurnersLevels");

            migrationBuilder.DropTable(
                name: "TideTurnersGroups");
        }
    }
}
