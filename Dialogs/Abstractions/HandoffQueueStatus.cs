namespace SupportBot.Dialogs.Abstractions;

/// <summary>Where a customer's request for a person stands, to tell them honestly.</summary>
/// <param name="Open">Whether the team is working now (business hours).</param>
/// <param name="Position">Place in the queue (1 = next).</param>
/// <param name="EstimatedWait">Rough wait until an agent takes it, while open.</param>
/// <param name="OpensAt">When the team opens next, in the team's time zone, while closed.</param>
/// <param name="TimeZoneName">The team's time zone as customers read it ("Europe/Madrid").</param>
public sealed record HandoffQueueStatus(bool Open, int Position, TimeSpan EstimatedWait, DateTimeOffset? OpensAt, string TimeZoneName);
