using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platforma.Data.Catalog;

namespace Platforma.Web.Operator;

/// <summary>Creating operators (from the command line) and checking their passwords, with lockout after repeated failures.</summary>
public sealed class OperatorAccounts(CatalogDbContext db, IPasswordHasher<Data.Catalog.Operator> hasher, TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);
    public const int MinPasswordLength = 12;

    public async Task<Data.Catalog.Operator> CreateAsync(string email, string password, CancellationToken ct)
    {
        email = email.Trim().ToLowerInvariant();
        if (!email.Contains('@')) throw new ArgumentException($"'{email}' is not an e-mail address.");
        if (password.Length < MinPasswordLength) throw new ArgumentException($"The password must have at least {MinPasswordLength} characters.");
        if (await db.Operators.AnyAsync(o => o.Email == email, ct)) throw new ArgumentException($"Operator {email} already exists.");
        var op = new Data.Catalog.Operator { Email = email, PasswordHash = "", CreatedAt = time.GetUtcNow() };
        op.PasswordHash = hasher.HashPassword(op, password);
        db.Operators.Add(op);
        await db.SaveChangesAsync(ct);
        return op;
    }

    /// <summary>The operator if the password is right and the account not locked; null otherwise (without saying which).</summary>
    public async Task<Data.Catalog.Operator?> VerifyAsync(string email, string password, CancellationToken ct)
    {
        email = email.Trim().ToLowerInvariant();
        var op = await db.Operators.SingleOrDefaultAsync(o => o.Email == email, ct);
        if (op is null)
        {
            hasher.HashPassword(new Data.Catalog.Operator { Email = email, PasswordHash = "" }, password); // same work either way
            return null;
        }
        var now = time.GetUtcNow();
        if (op.LockedUntil > now) return null;
        if (hasher.VerifyHashedPassword(op, op.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            op.FailedSignIns++;
            if (op.FailedSignIns >= MaxFailures)
            {
                op.LockedUntil = now + Lockout;
                op.FailedSignIns = 0;
            }
            await db.SaveChangesAsync(ct);
            return null;
        }
        op.FailedSignIns = 0;
        op.LockedUntil = null;
        op.LastSignInAt = now;
        await db.SaveChangesAsync(ct);
        return op;
    }
}
