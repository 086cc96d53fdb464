namespace SupportBot.Bot.TeamsApp;

/// <summary>The app's two icons, drawn here rather than stored: a speech bubble with three dots. Teams asks for a
/// 192×192 colour icon (full-bleed background) and a 32×32 outline icon (white on transparent). Edges are smoothed by
/// 4×4 supersampling; the same code always gives the same bytes.</summary>
public static class TeamsAppIcons
{
    /// <summary>Side of the colour icon, in pixels.</summary>
    public const int ColorSize = 192;

    /// <summary>Side of the outline icon, in pixels.</summary>
    public const int OutlineSize = 32;

    /// <summary>The brand colour behind the colour icon (also the manifest's accent colour).</summary>
    public static readonly (byte R, byte G, byte B) Accent = (0x0F, 0x6C, 0xBD);

    private const int Samples = 4;

    private static readonly double[] DotCentres = [0.34, 0.50, 0.66];

    /// <summary>The 192×192 colour icon: a white bubble with accent-coloured dots on the accent colour.</summary>
    public static byte[] Color()
    {
        var rgba = new byte[ColorSize * ColorSize * 4];
        for (var y = 0; y < ColorSize; y++)
        {
            for (var x = 0; x < ColorSize; x++)
            {
                var white = Coverage(x, y, ColorSize, (u, v) => InBubble(u, v, inset: 0) && !InDots(u, v));
                var i = ((y * ColorSize) + x) * 4;
                rgba[i] = Mix(Accent.R, 255, white);
                rgba[i + 1] = Mix(Accent.G, 255, white);
                rgba[i + 2] = Mix(Accent.B, 255, white);
                rgba[i + 3] = 255;
            }
        }

        return PngImage.Encode(ColorSize, ColorSize, rgba);
    }

    /// <summary>The 32×32 outline icon: the bubble's outline and its dots, white on transparent.</summary>
    public static byte[] Outline()
    {
        var rgba = new byte[OutlineSize * OutlineSize * 4];
        const double stroke = 2.0 / OutlineSize;
        for (var y = 0; y < OutlineSize; y++)
        {
            for (var x = 0; x < OutlineSize; x++)
            {
                var alpha = Coverage(x, y, OutlineSize, (u, v) => (InBubble(u, v, inset: 0) && !InBody(u, v, stroke)) || InDots(u, v));
                var i = ((y * OutlineSize) + x) * 4;
                rgba[i] = rgba[i + 1] = rgba[i + 2] = 255;
                rgba[i + 3] = (byte)Math.Round(alpha * 255);
            }
        }

        return PngImage.Encode(OutlineSize, OutlineSize, rgba);
    }

    private static double Coverage(int x, int y, int size, Func<double, double, bool> inside)
    {
        var hits = 0;
        for (var sy = 0; sy < Samples; sy++)
        {
            for (var sx = 0; sx < Samples; sx++)
            {
                if (inside((x + ((sx + 0.5) / Samples)) / size, (y + ((sy + 0.5) / Samples)) / size))
                {
                    hits++;
                }
            }
        }

        return hits / (double)(Samples * Samples);
    }

    private static byte Mix(byte from, byte to, double amount) => (byte)Math.Round(from + ((to - from) * amount));

    // Shapes in unit coordinates (0..1, y down): a rounded body with a tail at its lower left.
    private static bool InBubble(double u, double v, double inset) => InBody(u, v, inset) || InTail(u, v);

    private static bool InBody(double u, double v, double inset)
    {
        double left = 0.16 + inset, right = 0.84 - inset, top = 0.22 + inset, bottom = 0.70 - inset, radius = Math.Max(0.12 - inset, 0.01);
        if (u < left || u > right || v < top || v > bottom)
        {
            return false;
        }

        var cx = Math.Clamp(u, left + radius, right - radius);
        var cy = Math.Clamp(v, top + radius, bottom - radius);
        return ((u - cx) * (u - cx)) + ((v - cy) * (v - cy)) <= radius * radius;
    }

    private static bool InTail(double u, double v)
    {
        // Triangle (0.26, 0.62) – (0.48, 0.66) – (0.24, 0.86).
        static double Side(double ax, double ay, double bx, double by, double px, double py) => ((bx - ax) * (py - ay)) - ((by - ay) * (px - ax));
        var d1 = Side(0.26, 0.62, 0.48, 0.66, u, v);
        var d2 = Side(0.48, 0.66, 0.24, 0.86, u, v);
        var d3 = Side(0.24, 0.86, 0.26, 0.62, u, v);
        return (d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0);
    }

    private static bool InDots(double u, double v)
    {
        const double r = 0.055, cy = 0.46;
        return DotCentres.Any(cx => ((u - cx) * (u - cx)) + ((v - cy) * (v - cy)) <= r * r);
    }
}
