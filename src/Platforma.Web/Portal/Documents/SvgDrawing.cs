using System.Globalization;
using System.Xml.Linq;
using PdfSharp.Drawing;

namespace Platforma.Web.Portal.Documents;

/// <summary>
/// Draws a simple SVG — the coats of arms are SVG and PDFsharp draws no SVG — onto a PDF page: paths (M L H V C Z,
/// absolute and relative), rectangles, circles, text with tspans, fills, strokes and a clip path. Anything else is
/// skipped, so an elaborate coat of arms loses detail rather than breaking the document.
/// </summary>
public static class SvgDrawing
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Draws the SVG scaled into <paramref name="box"/> (aspect ratio kept); false when it cannot be read.</summary>
    public static bool TryDraw(XGraphics gfx, byte[] svg, XRect box)
    {
        XElement root;
        try
        {
            using var stream = new MemoryStream(svg);
            root = XDocument.Load(stream, LoadOptions.None).Root!;
        }
        catch (System.Xml.XmlException)
        {
            return false;
        }
        if (root.Name != Svg + "svg") return false;
        var view = Numbers(root.Attribute("viewBox")?.Value);
        var (vx, vy, vw, vh) = view.Count == 4 ? (view[0], view[1], view[2], view[3])
            : (0, 0, Number(root.Attribute("width")?.Value, 100), Number(root.Attribute("height")?.Value, 100));
        if (vw <= 0 || vh <= 0) return false;
        var scale = Math.Min(box.Width / vw, box.Height / vh);
        var clips = root.Descendants(Svg + "clipPath")
            .Where(c => c.Attribute("id") is not null)
            .ToDictionary(c => c.Attribute("id")!.Value, c => c);

        var state = gfx.Save();
        gfx.TranslateTransform(box.X + (box.Width - vw * scale) / 2, box.Y + (box.Height - vh * scale) / 2);
        gfx.ScaleTransform(scale);
        gfx.TranslateTransform(-vx, -vy);
        DrawChildren(gfx, root, clips, new Style());
        gfx.Restore(state);
        return true;
    }

    private sealed record Style(string Fill = "#000000", string Stroke = "none", double StrokeWidth = 1, double FontSize = 16,
        bool Bold = false, string Anchor = "start");

    private static void DrawChildren(XGraphics gfx, XElement parent, Dictionary<string, XElement> clips, Style inherited)
    {
        foreach (var e in parent.Elements())
        {
            if (e.Name.Namespace != Svg || e.Name.LocalName is "defs" or "clipPath" or "title" or "desc") continue;
            var style = Inherit(e, inherited);
            var state = gfx.Save();
            if (e.Attribute("clip-path")?.Value is { } clipRef && ClipId(clipRef) is { } id && clips.TryGetValue(id, out var clip))
            {
                var clipPath = new XGraphicsPath();
                foreach (var shape in clip.Elements()) AddShape(clipPath, shape);
                gfx.IntersectClip(clipPath);
            }
            switch (e.Name.LocalName)
            {
                case "g":
                    DrawChildren(gfx, e, clips, style);
                    break;
                case "text":
                    DrawText(gfx, e, style);
                    break;
                default:
                    var path = new XGraphicsPath();
                    if (AddShape(path, e)) Draw(gfx, Pen(style), Brush(style.Fill), path);
                    break;
            }
            gfx.Restore(state);
        }
    }

    private static Style Inherit(XElement e, Style s) => s with
    {
        Fill = e.Attribute("fill")?.Value ?? s.Fill,
        Stroke = e.Attribute("stroke")?.Value ?? s.Stroke,
        StrokeWidth = Number(e.Attribute("stroke-width")?.Value, s.StrokeWidth),
        FontSize = Number(e.Attribute("font-size")?.Value, s.FontSize),
        Bold = e.Attribute("font-weight")?.Value is { } w ? w is "bold" or "700" or "800" or "900" : s.Bold,
        Anchor = e.Attribute("text-anchor")?.Value ?? s.Anchor,
    };

    private static bool AddShape(XGraphicsPath path, XElement e)
    {
        switch (e.Name.LocalName)
        {
            case "path":
                return AddPathData(path, e.Attribute("d")?.Value ?? "");
            case "rect":
                path.AddRectangle(Number(e.Attribute("x")?.Value, 0), Number(e.Attribute("y")?.Value, 0),
                    Number(e.Attribute("width")?.Value, 0), Number(e.Attribute("height")?.Value, 0));
                return true;
            case "circle":
                var r = Number(e.Attribute("r")?.Value, 0);
                path.AddEllipse(Number(e.Attribute("cx")?.Value, 0) - r, Number(e.Attribute("cy")?.Value, 0) - r, 2 * r, 2 * r);
                return true;
            default:
                return false;
        }
    }

    private static bool AddPathData(XGraphicsPath path, string d)
    {
        var tokens = Tokenize(d);
        double x = 0, y = 0, startX = 0, startY = 0;
        var command = 'M';
        var i = 0;
        double Next() => tokens[i++].Number;
        while (i < tokens.Count)
        {
            if (tokens[i].Command is { } c) { command = c; i++; if (c is 'Z' or 'z') { path.CloseFigure(); x = startX; y = startY; continue; } }
            var relative = char.IsLower(command);
            double ox = relative ? x : 0, oy = relative ? y : 0;
            switch (char.ToUpperInvariant(command))
            {
                case 'M':
                    path.StartFigure();
                    x = ox + Next(); y = oy + Next();
                    startX = x; startY = y;
                    command = relative ? 'l' : 'L'; // further pairs are lines
                    break;
                case 'L':
                    var (lx, ly) = (ox + Next(), oy + Next());
                    path.AddLine(x, y, lx, ly);
                    (x, y) = (lx, ly);
                    break;
                case 'H':
                    var hx = ox + Next();
                    path.AddLine(x, y, hx, y);
                    x = hx;
                    break;
                case 'V':
                    var vy = oy + Next();
                    path.AddLine(x, y, x, vy);
                    y = vy;
                    break;
                case 'C':
                    var (x1, y1, x2, y2, ex, ey) = (ox + Next(), oy + Next(), ox + Next(), oy + Next(), ox + Next(), oy + Next());
                    path.AddBezier(x, y, x1, y1, x2, y2, ex, ey);
                    (x, y) = (ex, ey);
                    break;
                default:
                    return false; // arcs and smooth curves: not in our coats of arms
            }
        }
        return true;
    }

    private readonly record struct Token(char? Command, double Number);

    private static List<Token> Tokenize(string d)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < d.Length)
        {
            var c = d[i];
            if (char.IsAsciiLetter(c)) { tokens.Add(new Token(c, 0)); i++; continue; }
            if (char.IsWhiteSpace(c) || c == ',') { i++; continue; }
            var start = i++;
            while (i < d.Length && (char.IsAsciiDigit(d[i]) || d[i] == '.' || (d[i] is 'e' or 'E') || (d[i] is '-' or '+' && d[i - 1] is 'e' or 'E')))
            {
                if (d[i] == '.' && d[start..i].Contains('.')) break;
                i++;
            }
            tokens.Add(new Token(null, double.Parse(d.AsSpan(start, i - start), CultureInfo.InvariantCulture)));
        }
        return tokens;
    }

    private static void DrawText(XGraphics gfx, XElement text, Style style)
    {
        var spans = text.Elements(Svg + "tspan").ToList();
        if (spans.Count == 0) spans = [text];
        foreach (var span in spans)
        {
            var s = Inherit(span, style);
            var content = span.Value.Trim();
            if (content.Length == 0) continue;
            var font = new XFont(DejaVuFonts.Family, s.FontSize, s.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            var format = new XStringFormat
            {
                Alignment = s.Anchor switch { "middle" => XStringAlignment.Center, "end" => XStringAlignment.Far, _ => XStringAlignment.Near },
                LineAlignment = XLineAlignment.BaseLine,
            };
            var x = Number(span.Attribute("x")?.Value, Number(text.Attribute("x")?.Value, 0));
            var y = Number(span.Attribute("y")?.Value, Number(text.Attribute("y")?.Value, 0));
            gfx.DrawString(content, font, Brush(s.Fill) ?? XBrushes.Black, x, y, format);
        }
    }

    private static void Draw(XGraphics gfx, XPen? pen, XBrush? brush, XGraphicsPath path)
    {
        if (pen is not null && brush is not null) gfx.DrawPath(pen, brush, path);
        else if (brush is not null) gfx.DrawPath(brush, path);
        else if (pen is not null) gfx.DrawPath(pen, path);
    }

    private static XBrush? Brush(string colour) => Colour(colour) is { } c ? new XSolidBrush(c) : null;

    private static XPen? Pen(Style s) => Colour(s.Stroke) is { } c ? new XPen(c, s.StrokeWidth) { LineJoin = XLineJoin.Round } : null;

    private static XColor? Colour(string value)
    {
        var v = value.Trim();
        if (v.Length == 7 && v[0] == '#' && int.TryParse(v.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
            return XColor.FromArgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
        if (v.Length == 4 && v[0] == '#')
            return Colour($"#{v[1]}{v[1]}{v[2]}{v[2]}{v[3]}{v[3]}");
        return v switch { "white" => XColors.White, "black" => XColors.Black, _ => null };
    }

    private static string? ClipId(string reference) =>
        reference.StartsWith("url(#", StringComparison.Ordinal) && reference.EndsWith(')') ? reference[5..^1] : null;

    private static List<double> Numbers(string? value) =>
        value is null ? [] : value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.NaN)
            .Where(n => !double.IsNaN(n)).ToList();

    private static double Number(string? value, double fallback) =>
        double.TryParse(value?.Replace("px", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : fallback;
}
