using PdfSharp.Fonts;

namespace Platforma.Web.Portal.Documents;

/// <summary>
/// PDFsharp on Linux has no system fonts: every PDF uses DejaVu Sans (regular and bold), which covers Polish letters,
/// read from Debian's fonts-dejavu-core (scripts/prerequisites.sh installs it; font files are not in the repository).
/// </summary>
public sealed class DejaVuFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    public const string DefaultFolder = "/usr/share/fonts/truetype/dejavu";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();
    private static DejaVuFonts? _installed;
    private readonly Dictionary<string, byte[]> _faces;

    private DejaVuFonts(Dictionary<string, byte[]> faces) => _faces = faces;

    /// <summary>Registers the resolver with PDFsharp once per process (its font settings are global).</summary>
    /// <exception cref="InvalidOperationException">The font files are missing; the message says which and how to install them.</exception>
    public static void EnsureInstalled(string? folder = null)
    {
        lock (Gate)
        {
            if (_installed is not null) return;
            folder ??= DefaultFolder;
            var faces = new Dictionary<string, byte[]>();
            foreach (var face in new[] { Regular, Bold })
            {
                var path = Path.Combine(folder, face + ".ttf");
                if (!File.Exists(path))
                    throw new InvalidOperationException(
                        $"PDF documents need the font {path}, which is missing. On Debian: apt-get install fonts-dejavu-core "
                        + "(scripts/prerequisites.sh does it), or set Platforma:FontsFolder to a folder with DejaVuSans.ttf and DejaVuSans-Bold.ttf.");
                faces[face] = File.ReadAllBytes(path);
            }
            _installed = new DejaVuFonts(faces);
            GlobalFontSettings.FontResolver = _installed;
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) => _faces[faceName];
}
