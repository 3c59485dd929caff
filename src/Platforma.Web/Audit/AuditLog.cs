using Platforma.Data.Gmina;

namespace Platforma.Web.Audit;

/// <summary>
/// Tajemnica skarbowa (art. 293 OP): every read of a taxpayer's data by office staff or an operator is written to the
/// gmina's own audit table — who, when, what, about whom (the taxpayer's id in the tax system, never a PESEL) and
/// why. A read without a stated reason is refused: the reason is what an inspection asks for.
/// </summary>
public sealed class AuditLog(TenantDbContext db, TimeProvider time)
{
    public async Task TaxpayerReadAsync(string actor, string action, Taxpayer taxpayer, string reason, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            Actor = Cut(actor, 256),
            Action = Cut(action, 100),
            Subject = Cut(taxpayer.ExternalId, 200),
            Reason = Cut(reason.Trim(), 500),
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A clerk's search among taxpayers: what was searched for, and why.</summary>
    public async Task SearchAsync(string actor, string query, string reason, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            Actor = Cut(actor, 256),
            Action = "wyszukanie podatnika",
            Subject = Cut(query.Trim(), 200),
            Reason = Cut(reason.Trim(), 500),
        });
        await db.SaveChangesAsync(ct);
    }

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}
