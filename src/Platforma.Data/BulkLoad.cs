namespace Platforma.Data;

/// <summary>Column types of a scratch table that imports load in bulk.</summary>
public enum BulkType { Text, Int, Long, Decimal, Date }

/// <summary>A column of a scratch table: lower-case name (no quoting needed on any provider) and type.</summary>
public sealed record BulkColumn(string Name, BulkType Type);
