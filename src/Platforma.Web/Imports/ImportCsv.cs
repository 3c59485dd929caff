using System.Security.Cryptography;
using System.Text;

namespace Platforma.Web.Imports;

/// <summary>
/// A streaming reader of the package's CSV dialect: <c>;</c> between fields, <c>"</c> quotes with <c>""</c> inside,
/// CRLF or LF. It knows the physical line where each record starts, so reports can name it (a quoted field may span
/// lines). Own code rather than a CSV library: it is small, and line numbers and memory use are exactly ours.
/// </summary>
internal sealed class ImportCsv : IDisposable
{
    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _field = new();
    private int _length;
    private int _position;
    private int _line = 1;

    private ImportCsv(TextReader reader) => _reader = reader;

    /// <summary>Header names, trimmed and lower-cased, by position.</summary>
    public string[] Header { get; private set; } = [];
    public List<string> Fields { get; } = [];
    /// <summary>Line where the current record starts (the header is line 1).</summary>
    public int Line { get; private set; }
    /// <summary>Data records read so far (blank lines are not records).</summary>
    public int Rows { get; private set; }
    /// <summary>Set when the file ended inside a quoted field.</summary>
    public bool UnterminatedQuote { get; private set; }

    public static ImportCsv Open(Stream stream, Encoding encoding)
    {
        var csv = new ImportCsv(new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024));
        if (csv.ReadRecord()) csv.Header = csv.Fields.Select(f => f.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
        return csv;
    }

    /// <summary>Position of a column in the header, or -1.</summary>
    public int Column(string name) => Array.IndexOf(Header, name);

    /// <summary>Moves to the next data record; false at the end of the file.</summary>
    public bool Read()
    {
        while (ReadRecord())
        {
            if (Fields.Count == 1 && Fields[0].Length == 0) continue; // blank line
            Rows++;
            return true;
        }
        return false;
    }

    /// <summary>The trimmed value at <paramref name="column"/>, or "" when the column is absent or the row is short.</summary>
    public string Get(int column) => column >= 0 && column < Fields.Count ? Fields[column] : "";

    private bool ReadRecord()
    {
        Fields.Clear();
        if (!Fill()) return false;
        Line = _line;
        _field.Clear();
        var quoted = false;
        var wasQuoted = false;
        while (true)
        {
            if (_position == _length && !Fill())
            {
                if (quoted) UnterminatedQuote = true;
                EndField(wasQuoted);
                return true;
            }
            var c = _buffer[_position++];
            if (quoted)
            {
                if (c == '"')
                {
                    if (_position == _length && !Fill()) { quoted = false; continue; }
                    if (_buffer[_position] == '"') { _field.Append('"'); _position++; }
                    else quoted = false;
                }
                else
                {
                    if (c == '\n') _line++;
                    _field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case ';':
                    EndField(wasQuoted);
                    wasQuoted = false;
                    break;
                case '"' when _field.Length == 0 || _field.ToString().Trim().Length == 0:
                    _field.Clear();
                    quoted = wasQuoted = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    _line++;
                    EndField(wasQuoted);
                    return true;
                default:
                    _field.Append(c);
                    break;
            }
        }
    }

    private void EndField(bool wasQuoted)
    {
        Fields.Add(wasQuoted ? _field.ToString() : _field.ToString().Trim());
        _field.Clear();
    }

    private bool Fill()
    {
        if (_position < _length) return true;
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }

    public void Dispose() => _reader.Dispose();
}

/// <summary>What one pass over a file's bytes tells: size, SHA-256, and whether it is UTF-8 (else Windows-1250).</summary>
internal sealed record FileFacts(long Bytes, string Sha256, Encoding Encoding, bool HasBom)
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    public static Encoding Windows1250
    {
        get
        {
            // .NET has the code pages built in but not registered.
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1250);
        }
    }

    public static FileFacts Read(Stream stream)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var decoder = StrictUtf8.GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[StrictUtf8.GetMaxCharCount(bytes.Length)];
        long total = 0;
        var utf8 = true;
        var bom = false;
        int read;
        while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
        {
            if (total == 0 && read >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bom = true;
            sha.AppendData(bytes, 0, read);
            total += read;
            if (!utf8) continue;
            try { decoder.GetChars(bytes, 0, read, chars, 0, flush: false); }
            catch (DecoderFallbackException) { utf8 = false; }
        }
        if (utf8)
        {
            try { decoder.GetChars([], 0, 0, chars, 0, flush: true); }
            catch (DecoderFallbackException) { utf8 = false; }
        }
        // A BOM says UTF-8 even if a stray byte later is broken: that byte is then reported where it is read.
        var encoding = utf8 || bom ? new UTF8Encoding(false) : Windows1250;
        return new FileFacts(total, Convert.ToHexStringLower(sha.GetHashAndReset()), encoding, bom);
    }
}
