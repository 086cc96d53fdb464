using System.Runtime.InteropServices;

namespace SupportBot.LoadTest;

/// <summary>The machine the figures were measured on, in one line for the report.</summary>
public static class MachineInfo
{
    public static string Describe()
    {
        var os = FirstValue("/etc/os-release", "PRETTY_NAME=")?.Trim('"') ?? RuntimeInformation.OSDescription;
        var cpu = FirstValue("/proc/cpuinfo", "model name")?.TrimStart(' ', '\t', ':') ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = FirstValue("/proc/meminfo", "MemTotal:")?.Trim() ?? "?";
        var kernel = RuntimeInformation.OSDescription == os ? string.Empty : $" ({RuntimeInformation.OSDescription})";
        return $"{Environment.ProcessorCount} cores ({cpu}), {memory} RAM, {os}{kernel}, {RuntimeInformation.FrameworkDescription}";
    }

    /// <summary>The 1, 5 and 15-minute load averages, as <c>uptime</c> prints them.</summary>
    public static string LoadAverage()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return fields.Length >= 3 ? $"{fields[0]} {fields[1]} {fields[2]}" : "?";
        }
        catch (IOException)
        {
            return "?";
        }
        catch (UnauthorizedAccessException)
        {
            return "?";
        }
    }

    private static string? FirstValue(string file, string prefix)
    {
        try
        {
            return File.Exists(file)
                ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..]
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
