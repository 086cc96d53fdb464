using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace SupportBot.Bot.Invitations;

/// <summary>The <see cref="SupportBot.Dialogs.Main.UserProfile.ReachableStamp"/>: a hash of what the recorder stores about a
/// customer (everything but the last-seen time) and when it stored it, as <c>hash@unix-seconds</c>. The user state is
/// read at the start of every turn anyway, so a stamp that still holds spares a read of the invitation store; it is
/// shared by every instance, as the user state is.</summary>
public static class ReachableStamp
{
    /// <summary>The hash of <paramref name="record"/> (but its last-seen time) and of the shop customer id it is also stored under.</summary>
    public static string Of(CustomerReference record, string? shopCustomerId)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = string.Join(
            '\u001f',
            record.CustomerId,
            record.ChannelCustomerId,
            record.ChannelId,
            record.ConversationId,
            record.Reference,
            record.Language.ToString(),
            record.TimeZone ?? string.Empty,
            shopCustomerId ?? string.Empty);
        return XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(text)).ToString("x16", CultureInfo.InvariantCulture);
    }

    /// <summary>The stamp to keep after storing <paramref name="hash"/> at <paramref name="now"/>.</summary>
    public static string At(string hash, DateTimeOffset now) => $"{hash}@{now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Whether <paramref name="kept"/> says <paramref name="hash"/> was stored less than <paramref name="refreshAfter"/> before <paramref name="now"/>.</summary>
    public static bool StillHolds(string? kept, string hash, DateTimeOffset now, TimeSpan refreshAfter)
    {
        ArgumentNullException.ThrowIfNull(hash);
        var at = kept?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        return at == hash.Length
               && kept!.AsSpan(0, at).SequenceEqual(hash)
               && long.TryParse(kept.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
               && now - DateTimeOffset.FromUnixTimeSeconds(seconds) is var age
               && age >= TimeSpan.Zero && age < refreshAfter;
    }
}
