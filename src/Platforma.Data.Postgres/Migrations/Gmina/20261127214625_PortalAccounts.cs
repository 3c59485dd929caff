using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platforma.Data.Postgres.Migrations.Gmina
{
    /// <inheritdoc />
    public partial class PortalAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_TaxpayerId",
                table: "AspNetUsers");

            migrationBuilder.CreateIndex(
                name: "IX_Taxpayers_ActivationCodeHash",
                table: "Taxpayers",
                column: "ActivationCodeHash");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_TaxpayerId",
                table: "AspNetUsers",
                column: "TaxpayerId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Taxpayers_ActivationCodeHash",
                table: "Taxpayers");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_TaxpayerId",
                table: "AspNetUsers");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_TaxpayerId",
                table: "AspNetUsers",
                column: "TaxpayerId");
        }
    }
}
