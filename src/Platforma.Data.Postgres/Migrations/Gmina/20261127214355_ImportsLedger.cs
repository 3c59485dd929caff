using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platforma.Data.Postgres.Migrations.Gmina
{
    /// <inheritdoc />
    public partial class ImportsLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Year",
                table: "Payments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ContentSha256",
                table: "AssessmentImports",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StoredPath",
                table: "AssessmentImports",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ImportStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false),
                    LastContentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LastImportId = table.Column<long>(type: "bigint", nullable: true),
                    LastAppliedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportStates", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "ImportStates",
                columns: new[] { "Id", "LastAppliedAt", "LastContentSha256", "LastImportId", "LastSequence", "Version" },
                values: new object[] { 1, null, null, null, 0L, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_Payments_Year",
                table: "Payments",
                column: "Year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImportStates");

            migrationBuilder.DropIndex(
                name: "IX_Payments_Year",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "Year",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "ContentSha256",
                table: "AssessmentImports");

            migrationBuilder.DropColumn(
                name: "StoredPath",
                table: "AssessmentImports");
        }
    }
}
