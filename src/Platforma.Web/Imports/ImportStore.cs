using System.Globalization;
using System.Security.Cryptography;
using Platforma.Data;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Imports;

/// <summary>
/// Where packages lie on disk. Received packages (API, upload) are kept under <c>{DataFolder}/imports/{slug}/</c>; the
/// inbox is <c>{DataFolder}/inbox/{slug}</c> unless the gmina's settings name another folder, and inbox packages
/// are moved to its <c>processed/</c> or <c>rejected/</c> subfolder when done. Nothing here is ever deleted.
/// </summary>
public sealed class ImportStore(DatabaseOptions options, TimeProvider time)
{
    public const string Processed = "processed";
    public const string Rejected = "rejected";

    /// <summary>Largest package accepted by the API and the upload page.</summary>
    public const long MaxPackageBytes = 2L * 1024 * 1024 * 1024;

    public string InboxFor(TenantInfo tenant) => tenant.Imports.Inbox is { Length: > 0 } configured
        ? Path.GetFullPath(Path.Combine(options.DataFolder, configured))
        : Path.Combine(options.DataFolder, "inbox", tenant.Slug);

    public string ReceivedFolder(string slug) => Path.Combine(options.DataFolder, "imports", slug);

    /// <summary>Packages waiting in the inbox, oldest name first: ZIP files and folders holding manifest.json.</summary>
    public IReadOnlyList<string> Waiting(string inbox)
    {
        if (!Directory.Exists(inbox)) return [];
        var zips = Directory.GetFiles(inbox, "*.zip");
        var folders = Directory.GetDirectories(inbox)
            .Where(d => Path.GetFileName(d) is not (Processed or Rejected) && File.Exists(Path.Combine(d, ImportFormat.Manifest)));
        return zips.Concat(folders).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Moves an inbox package to processed/ or rejected/ under a time-stamped name; returns where it went.</summary>
    public string MoveAside(string path, bool accepted)
    {
        var folder = Path.Combine(Path.GetDirectoryName(path)!, accepted ? Processed : Rejected);
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, $"{Stamp()}-{Path.GetFileName(path)}");
        if (Directory.Exists(path)) Directory.Move(path, target);
        else File.Move(path, target);
        return target;
    }

    /// <summary>Copies an uploaded package to the gmina's store, hashing it on the way.</summary>
    /// <exception cref="PackageTooLargeException">Over <see cref="MaxPackageBytes"/>; nothing is kept.</exception>
    public async Task<(string Path, string Sha256, long Bytes)> SaveAsync(string slug, Stream content, string fileName, CancellationToken ct)
    {
        var folder = ReceivedFolder(slug);
        Directory.CreateDirectory(folder);
        var safeName = new string(Path.GetFileName(fileName).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray());
        var path = Path.Combine(folder, $"{Stamp()}-{Guid.NewGuid():N}"[..30] + "-" + (safeName.Length > 0 ? safeName : "pakiet.zip"));
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long total = 0;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        {
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                total += read;
                if (total > MaxPackageBytes) break;
                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        if (total > MaxPackageBytes)
        {
            File.Delete(path); // an incomplete upload, never a package
            throw new PackageTooLargeException();
        }
        return (path, Convert.ToHexStringLower(sha.GetHashAndReset()), total);
    }

    /// <summary>SHA-256 of a package on disk: of the ZIP file, or of a folder's manifest.json.</summary>
    public static string HashOf(string path)
    {
        var file = Directory.Exists(path) ? Path.Combine(path, ImportFormat.Manifest) : path;
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private string Stamp() => time.GetUtcNow().ToOffset(TimeSpan.Zero).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
}

public sealed class PackageTooLargeException() : Exception($"Pakiet jest większy niż {ImportStore.MaxPackageBytes / 1024 / 1024} MB.");
