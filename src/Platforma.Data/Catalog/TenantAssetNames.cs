namespace Platforma.Data.Catalog;

public static class TenantAssetNames
{
    public const string CoatOfArms = "coat-of-arms";
}
