namespace SupportBot.Bot.Sentiment.Azure.Dtos;

/// <summary>One document (<c>MultiLanguageInput</c>); the language is always sent, since the service assumes English.</summary>
internal sealed record TextDocument(string Id, string Text, string Language);
