using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platforma.Data.SqlServer.Migrations.Catalog
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Operators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    LastSignInAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    FailedSignIns = table.Column<int>(type: "int", nullable: false),
                    LockedUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tenants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Slug = table.Column<string>(type: "nvarchar(63)", maxLength: 63, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ShortName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Teryt = table.Column<string>(type: "nvarchar(7)", maxLength: 7, nullable: true),
                    State = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Bank_AccountNumber = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Bank_BankName = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Bank_IsExampleData = table.Column<bool>(type: "bit", nullable: false),
                    Bank_RecipientName = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Bank_RecipientNip = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Bank_VirtualFixedPart = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Bank_VirtualPayerIdLength = table.Column<int>(type: "int", nullable: false),
                    Bank_VirtualSortCode = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Branding_CoatOfArmsIsPlaceholder = table.Column<bool>(type: "bit", nullable: false),
                    Branding_PrimaryColor = table.Column<string>(type: "nvarchar(7)", maxLength: 7, nullable: false),
                    Contact_Address = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Contact_City = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Contact_Email = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Contact_IsExampleData = table.Column<bool>(type: "bit", nullable: false),
                    Contact_OfficeName = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Contact_OpeningHours = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Contact_Phone = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Contact_PostalCode = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Contact_Website = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Database_Principal = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Database_ProtectedSecret = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Database_ProvisionedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Database_Schema = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Database_SchemaVersion = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Imports_Inbox = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Imports_Schedule = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    LastCheck_CheckedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastCheck_CurrentSchema = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    LastCheck_Message = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    LastCheck_Ok = table.Column<bool>(type: "bit", nullable: true),
                    LastCheck_PendingMigrations = table.Column<int>(type: "int", nullable: true),
                    LastCheck_SchemaVersion = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Payments_OnlinePayments = table.Column<bool>(type: "bit", nullable: false),
                    Payments_Provider = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Taxes_WasteFeeSchedule = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tenants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TenantAssets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TenantId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
