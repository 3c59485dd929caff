using System.Globalization;
using System.Security.Claims;
using Platforma.Data.Gmina;
using Platforma.Domain;

namespace Platforma.Web.Portal.Ledger;

/// <summary>
/// Opens the signed-in resident's own ledger. The taxpayer comes from the session (issued by this gmina, checked
/// against the host on every request), never from the URL: an id in a URL is only looked up inside this ledger.
/// </summary>
public sealed class ResidentLedgers(TenantDbContext db, TimeProvider time, InterestCalculator interest, ILogger<ResidentLedgers> log)
{
    public const string TaxpayerClaim = "platforma:taxpayer";

    public static long? TaxpayerIdOf(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(TaxpayerClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public async Task<ResidentLedger?> ForAsync(ClaimsPrincipal user, CancellationToken ct) =>
        TaxpayerIdOf(user) is { } id ? await ResidentLedger.LoadAsync(db, id, time, interest, log, ct) : null;
}
