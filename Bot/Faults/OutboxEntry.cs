namespace SupportBot.Bot.Faults;

/// <summary>One record waiting in the <see cref="LocalOutbox"/>.</summary>
/// <param name="Kind">What it is (<see cref="LocalOutbox.Escalation"/>, <see cref="LocalOutbox.Survey"/>).</param>
/// <param name="Id">The record's id (unique per kind).</param>
/// <param name="Json">The record.</param>
public sealed record OutboxEntry(string Kind, string Id, string Json);
