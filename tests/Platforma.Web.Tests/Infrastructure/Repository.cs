namespace Platforma.Web.Tests.Infrastructure;

/// <summary>Paths inside the repository the tests run from.</summary>
public static class Repository
{
    public static readonly string Root = Find();

    public static string WebProject => Path.Combine(Root, "src", "Platforma.Web");
    public static string TenantsFile => Path.Combine(Root, "tenants.json");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Platforma.sln"))) return dir.FullName;
        throw new InvalidOperationException("Platforma.sln not found above " + AppContext.BaseDirectory);
    }
}
