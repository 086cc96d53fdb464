using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace SupportBot.Dialogs.WebChat;

/// <summary>What the Web Chat page says when it joins: the page's locale and, from the shop's link, an order, a customer
/// id and the shop's signature. Everything here came from a browser: values of the wrong shape are dropped, never trusted.</summary>
/// <param name="Locale">The page's locale ("es-ES", "en").</param>
/// <param name="OrderId">Order the link is about.</param>
/// <param name="CustomerId">The shop's customer id, as the link claims it.</param>
/// <param name="Signature">The shop's signature of the customer id and the order id.</param>
public sealed partial record WebChatJoin(string? Locale, string? OrderId, string? CustomerId, string? Signature)
{
    /// <summary>Reads an event's value; anything that is not an object gives an empty join.</summary>
    public static WebChatJoin Read(object? value)
    {
        var json = value as JObject;
        return new WebChatJoin(
            Field(json, "locale", LocaleShape()),
            Field(json, "orderId", IdShape()),
            Field(json, "customer", IdShape()),
            Field(json, "sig", SignatureShape()));
    }

    private static string? Field(JObject? json, string name, Regex shape)
        => json?[name] is JValue { Type: JTokenType.String } token && token.Value<string>() is { } text && shape.IsMatch(text) ? text : null;

    [GeneratedRegex("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")]
    private static partial Regex LocaleShape();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")]
    private static partial Regex IdShape();

    [GeneratedRegex("^[A-Fa-f0-9]{64}$")]
    private static partial Regex SignatureShape();
}
