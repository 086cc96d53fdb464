namespace SupportBot.Dialogs.Engine;

/// <summary>Every dialog the bot knows, by id. Registered once at start-up.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>Creates the set; duplicate ids are a programming error.</summary>
    public DialogSet(IEnumerable<Dialog> dialogs)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        foreach (var dialog in dialogs)
        {
            if (!_dialogs.TryAdd(dialog.Id, dialog))
            {
                throw new ArgumentException($"Two dialogs share the id '{dialog.Id}'.", nameof(dialogs));
            }
        }
    }

    /// <summary>The dialog with <paramref name="id"/>, or null.</summary>
    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);
}
