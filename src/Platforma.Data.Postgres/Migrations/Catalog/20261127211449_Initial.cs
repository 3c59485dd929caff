using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platforma.Data.Postgres.Migrations.Catalog
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Operators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSignInAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FailedSignIns = table.Column<int>(type: "integer", nullable: false),
                    LockedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tenants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ShortName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Teryt = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    State = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Bank_AccountNumber = table.Column<string>(type: "text", nullable: false),
                    Bank_BankName = table.Column<string>(type: "text", nullable: false),
                    Bank_IsExampleData = table.Column<bool>(type: "boolean", nullable: false),
                    Bank_RecipientName = table.Column<string>(type: "text", nullable: false),
                    Bank_RecipientNip = table.Column<string>(type: "text", nullable: false),
                    Bank_VirtualFixedPart = table.Column<string>(type: "text", nullable: false),
                    Bank_VirtualPayerIdLength = table.Column<int>(type: "integer", nullable: false),
                    Bank_VirtualSortCode = table.Column<string>(type: "text", nullable: false),
                    Branding_CoatOfArmsIsPlaceholder = table.Column<bool>(type: "boolean", nullable: false),
                    Branding_PrimaryColor = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Contact_Address = table.Column<string>(type: "text", nullable: false),
                    Contact_City = table.Column<string>(type: "text", nullable: false),
                    Contact_Email = table.Column<string>(type: "text", nullable: false),
                    Contact_IsExampleData = table.Column<bool>(type: "boolean", nullable: false),
                    Contact_OfficeName = table.Column<string>(type: "text", nullable: false),
                    Contact_OpeningHours = table.Column<string>(type: "text", nullable: false),
                    Contact_Phone = table.Column<string>(type: "text", nullable: false),
                    Contact_PostalCode = table.Column<string>(type: "text", nullable: false),
                    Contact_Website = table.Column<string>(type: "text", nullable: false),
                    Database_Principal = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Database_ProtectedSecret = table.Column<string>(type: "text", nullable: true),
                    Database_ProvisionedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Database_Schema = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Database_SchemaVersion = table.Column<string>(type: "text", nullable: true),
                    Imports_Inbox = table.Column<string>(type: "text", nullable: true),
                    Imports_Schedule = table.Column<string>(type: "text", nullable: false),
                    LastCheck_CheckedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastCheck_CurrentSchema = table.Column<string>(type: "text", nullable: true),
                    LastCheck_Message = table.Column<string>(type: "text", nullable: true),
                    LastCheck_Ok = table.Column<bool>(type: "boolean", nullable: true),
                    LastCheck_PendingMigrations = table.Column<int>(type: "integer", nullable: true),
                    LastCheck_SchemaVersion = table.Column<string>(type: "text", nullable: true),
                    Payments_OnlinePayments = table.Column<bool>(type: "boolean", nullable: false),
                    Payments_Provider = table.Column<string>(type: "text", nullable: true),
                    Taxes_WasteFeeSchedule = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tenants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TenantAssets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenantId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenantAssets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TenantAssets_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Operators_Email",
                table: "Operators",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TenantAssets_TenantId_Name",
                table: "TenantAssets",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_Slug",
                table: "Tenants",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Operators");

            migrationBuilder.DropTable(
                name: "TenantAssets");

            migrationBuilder.DropTable(
                name: "Tenants");
        }
    }
}
