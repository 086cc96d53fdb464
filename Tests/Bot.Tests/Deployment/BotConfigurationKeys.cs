using System.Collections;
using System.Reflection;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Telemetry;

namespace SupportBot.Bot.Tests.Deployment;

/// <summary>The configuration keys the bot reads, derived from its code: every options class (a type of the bot's
/// assembly with a <c>SectionName</c> constant) walked the way the configuration binder walks it, plus the few keys
/// read at the root. Keys are normalised: a list index is <c>N</c>, a dictionary key is <c>&lt;key&gt;</c>.</summary>
internal static class BotConfigurationKeys
{
    /// <summary>Keys read at the root, outside any options class.</summary>
    public static readonly IReadOnlyList<string> RootKeys =
    [
        // The Bot Framework SDK's ConfigurationBotFrameworkAuthentication (and our code, for MicrosoftAppId).
        "MicrosoftAppType",
        "MicrosoftAppId",
        "MicrosoftAppPassword",
        "MicrosoftAppTenantId",
        // The same SDK class: where channel signing keys are published and who issues channel tokens (custom clouds, tests).
        "ToBotFromChannelOpenIdMetadataUrl",
        "ToBotFromChannelTokenIssuer",
        // ASP.NET Core's host: where Kestrel listens.
        "Urls",
        TelemetryOptions.AzureMonitorConnectionStringKey,
    ];

    public static IReadOnlySet<string> All()
    {
        var keys = new HashSet<string>(RootKeys, StringComparer.OrdinalIgnoreCase);
        foreach (var type in typeof(SupportBotApplication).Assembly.GetTypes())
        {
            if (type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
                && field.GetRawConstantValue() is string section)
            {
                AddProperties(keys, section, type, depth: 0);
            }
        }

        return keys;
    }

    private static void AddProperties(HashSet<string> keys, string prefix, Type type, int depth)
    {
        if (depth > 6)
        {
            throw new InvalidOperationException($"{prefix}: options nested too deep (a cycle?)");
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is null || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var settable = property.SetMethod is { IsPublic: true };
            var propertyType = property.PropertyType;
            // The binder fills get-only collections and objects, but cannot set a get-only value nor add to a
            // read-only view (a computed IReadOnlySet, say).
            if (!settable && (IsLeaf(propertyType) || (propertyType.IsInterface && !IsMutableCollection(propertyType))))
            {
                continue;
            }

            Add(keys, $"{prefix}:{property.Name}", propertyType, depth);
        }
    }

    private static void Add(HashSet<string> keys, string key, Type type, int depth)
    {
        if (IsLeaf(type))
        {
            keys.Add(key);
        }
        else if (DictionaryValueType(type) is { } valueType)
        {
            Add(keys, key + ":<key>", valueType, depth + 1);
        }
        else if (ElementType(type) is { } elementType)
        {
            Add(keys, key + ":N", elementType, depth + 1);
        }
        else
        {
            AddProperties(keys, key, type, depth + 1);
        }
    }

    private static bool IsLeaf(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(TimeSpan) || t == typeof(Uri)
               || t == typeof(DateTimeOffset) || t == typeof(DateTime) || t == typeof(DateOnly) || t == typeof(TimeOnly) || t == typeof(Guid);
    }

    private static bool IsMutableCollection(Type type)
        => type.GetInterfaces().Append(type).Any(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(ICollection<>) || i.GetGenericTypeDefinition() == typeof(IDictionary<,>)));

    private static Type? DictionaryValueType(Type type)
        => type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>))
            ?.GetGenericArguments()[1];

    private static Type? ElementType(Type type)
        => type.IsArray
            ? type.GetElementType()
            : typeof(IEnumerable).IsAssignableFrom(type)
                ? type.GetInterfaces().Append(type)
                    .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0]
                : null;
}
