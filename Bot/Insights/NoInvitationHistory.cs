namespace SupportBot.Bot.Insights;

/// <summary>The default <see cref="IInvitationHistory"/>: no invitation data, so reports leave the invitation rate empty.</summary>
public sealed class NoInvitationHistory : IInvitationHistory
{
    /// <inheritdoc />
    public Task<IReadOnlyList<InvitationFact>> ListSentAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
        => Task.FromResult<IReadOnlyList<InvitationFact>>([]);
}
