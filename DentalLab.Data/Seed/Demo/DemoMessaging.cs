using System.Text.Json;
using DentalLab.Data.Entities;

namespace DentalLab.Data.Seed;

/// <summary>Direct, group and per-case conversations with read status, and notifications of every type.</summary>
internal static class DemoMessaging
{
    private static readonly string[] _teamLines =
    [
        "Mill 1 is free after lunch if anyone needs it.",
        "Can someone check the furnace programme for the bridge batch?",
        "Rush case from Harbour Family Dentistry coming in this afternoon.",
        "Thanks — done.",
        "QC sent two crowns back, margins need another look.",
        "I'll take it after I finish the implant case.",
        "Van leaves at 13:00 today, please have the boxes ready.",
        "New zirconia discs arrived, they are on shelf A1.",
    ];

    private static readonly string[] _caseLines =
    [
        "Could you confirm the shade? The photo looks closer to A3.",
        "Confirmed, please go with A3.",
        "We will need the bite registration before we can start design.",
        "Sent by courier this morning.",
        "Design is ready for your approval in the portal.",
        "Looks good, please proceed.",
        "Is this still on track for Friday?",
        "Yes, it ships Thursday afternoon.",
    ];

    public static void AddConversations(LabDbContext db, DemoWorld world, List<DemoCaseRef> cases, List<(Entity Row, DateTimeOffset At)> backdated)
    {
        var byName = world.Users.ToDictionary(u => u.Name, u => u.Id);
        var technicians = world.Users.Where(u => u.Role == UserRole.Technician).Select(u => u.Id).ToList();
        Guid[][] directs =
        [
            [world.ManagerId, world.TechId],
            [world.FrontDeskId, world.DriverId],
            [world.AdminId, world.ManagerId],
            [byName["Chloé Dubois"], world.TechId],
        ];
        foreach (var pair in directs)
        {
            Add(db, world, ConversationType.Direct, null, null, pair, _teamLines, backdated);
        }

        Add(db, world, ConversationType.Group, "Lab floor", null, [world.ManagerId, .. technicians], _teamLines, backdated);
        Add(db, world, ConversationType.Group, "Front desk & dispatch", null,
            [world.FrontDeskId, world.DriverId, world.ManagerId, byName["Amara Okafor"]], _teamLines, backdated);
        Add(db, world, ConversationType.Group, "Management", null, [world.AdminId, world.ManagerId], _teamLines, backdated);

        var dentistUsers = world.Dentists.Where(d => d.UserId is not null).ToDictionary(d => d.Id, d => d.UserId!.Value);
        var portalCases = cases.Where(c => dentistUsers.ContainsKey(c.DentistId)).TakeLast(6);
        var internalCases = cases.Where(c => !dentistUsers.ContainsKey(c.DentistId) && c.Status != CaseStatus.Delivered).TakeLast(4);
        foreach (var @case in portalCases.Concat(internalCases))
        {
            List<Guid> people = [world.FrontDeskId, world.WorkerFor(@case.Stage ?? WorkflowStageName.Design)];
            if (dentistUsers.TryGetValue(@case.DentistId, out var dentistUser))
            {
                people.Insert(0, dentistUser);
            }

            Add(db, world, ConversationType.Case, @case.CaseNumber, @case.Id, [.. people.Distinct()], _caseLines, backdated);
        }
    }

    private static void Add(
        LabDbContext db, DemoWorld world, ConversationType type, string? title, Guid? caseId, Guid[] people, string[] lines,
        List<(Entity Row, DateTimeOffset At)> backdated)
    {
        var started = world.Now.AddDays(-world.Between(3, 20)).AddMinutes(-world.Between(0, 600));
        var conversation = new Conversation { Type = type, Title = title, CaseId = caseId, CreatedById = people[0] };
        db.Add(conversation);
        backdated.Add((conversation, started));

        var messages = AddMessages(world, conversation, people, lines, started, backdated);
        conversation.LastMessageAt = messages[^1].SentAt;
        foreach (var person in people)
        {
            conversation.Participants.Add(Participant(world, person, people[0], started, messages, backdated));
        }
    }

    private static List<Message> AddMessages(
        DemoWorld world, Conversation conversation, Guid[] people, string[] lines, DateTimeOffset started, List<(Entity Row, DateTimeOffset At)> backdated)
    {
        var count = world.Between(3, 8);
        var step = (world.Now - started) / (count + 1);
        var offset = world.Between(0, lines.Length - 1);
        var messages = new List<Message>();
        for (var i = 0; i < count; i++)
        {
            var sent = started + (step * (i + world.Between(0.6, 1.0)));
            var message = new Message
            {
                SenderId = people[i % people.Length],
                Body = lines[(offset + i) % lines.Length],
                SentAt = sent,
                ReplyTo = i > 0 && world.Chance(0.2) ? messages[i - 1] : null,
                EditedAt = world.Chance(0.08) ? DemoWorld.Earlier(sent.AddMinutes(3), world.Now) : null,
            };
            conversation.Messages.Add(message);
            messages.Add(message);
            backdated.Add((message, sent));
        }

        return messages;
    }

    /// <summary>The last sender has read everything; the others have read all, or stopped a few messages back (unread).</summary>
    private static ConversationParticipant Participant(
        DemoWorld world, Guid person, Guid creator, DateTimeOffset started, List<Message> messages, List<(Entity Row, DateTimeOffset At)> backdated)
    {
        var readUpTo = messages[^1].SenderId == person || world.Chance(0.5)
            ? messages[^1]
            : world.Chance(0.3) ? null : messages[world.Between(0, messages.Count - 2)];
        var participant = new ConversationParticipant
        {
            UserId = person,
            JoinedAt = started,
            IsAdmin = person == creator,
            Muted = world.Chance(0.05),
            LastReadMessage = readUpTo,
            LastReadAt = readUpTo is null ? null : DemoWorld.Earlier(readUpTo.SentAt.AddMinutes(world.Between(1, 90)), world.Now),
        };
        backdated.Add((participant, started));
        return participant;
    }

    public static void AddNotifications(
        LabDbContext db, DemoWorld world, List<DemoCaseRef> cases, List<(string Number, Guid DentistId)> invoices,
        List<(Entity Row, DateTimeOffset At)> backdated)
    {
        var types = Enum.GetValues<NotificationType>();
        NotificationType[] dentistTypes = [NotificationType.CaseUpdate, NotificationType.Message, NotificationType.Invoice, NotificationType.System];
        for (var u = 0; u < world.Users.Count; u++)
        {
            var (userId, _, role) = world.Users[u];
            var dentist = role == UserRole.Dentist ? world.Dentists.FirstOrDefault(d => d.UserId == userId) : null;
            var own = dentist is null ? cases : [.. cases.Where(c => c.DentistId == dentist.Id)];
            var count = world.Between(4, 9);
            for (var k = 0; k < count; k++)
            {
                var type = dentist is null ? types[(u + k) % types.Length] : dentistTypes[k % dentistTypes.Length];
                var @case = own.Count > 0 ? world.Pick(own) : null;
                var invoice = invoices.FirstOrDefault(i => dentist is null || i.DentistId == dentist.Id);
                var notification = Describe(type, @case, invoice.Number, portal: dentist is not null);
                notification.UserId = userId;
                var created = world.Now.AddMinutes(-world.Between(5, 60 * 24 * 20));
                notification.ReadAt = world.Chance(0.5) ? DemoWorld.Earlier(created.AddMinutes(world.Between(2, 600)), world.Now) : null;
                notification.EmailedAt = type is NotificationType.Invoice or NotificationType.Alert ? created.AddMinutes(1) : null;
                db.Add(notification);
                backdated.Add((notification, created));
            }
        }
    }

    private static Notification Describe(NotificationType type, DemoCaseRef? @case, string? invoice, bool portal)
    {
        var number = @case?.CaseNumber ?? "DL-0000-000000";
        var caseLink = @case is null ? null : (portal ? "/portal/cases/" : "/cases/") + number;
        var data = @case is null ? null : JsonSerializer.Serialize(new { caseNumber = number, stage = @case.Stage?.ToString() });
        return type switch
        {
            NotificationType.CaseUpdate => new() { Type = type, Title = $"{number} is now {Describe(@case?.Status)}", Link = caseLink, Data = data },
            NotificationType.Assignment => new() { Type = type, Title = $"You were assigned {number}", Body = "Open the case to see the prescription.", Link = caseLink, Data = data },
            NotificationType.Message => new() { Type = type, Title = "New message", Body = "You have a new message in your conversations.", Link = "/messages" },
            NotificationType.Invoice when invoice is not null => new()
            {
                Type = type,
                Title = $"Invoice {invoice} is waiting for payment",
                Link = portal ? "/portal/invoices" : "/invoices/" + invoice,
                Data = JsonSerializer.Serialize(new { invoiceNumber = invoice }),
            },
            NotificationType.Invoice => new() { Type = type, Title = "Monthly statement available", Link = portal ? "/portal/invoices" : "/invoices" },
            NotificationType.Appointment => new() { Type = type, Title = "Reminder: weekly production meeting on Monday 08:30", Link = "/calendar" },
            NotificationType.Alert => new() { Type = type, Title = "Low stock: zirconia discs A2", Body = "Quantity on hand is at or below the reorder level.", Link = "/inventory" },
            _ => new() { Type = type, Title = "Scheduled maintenance on Sunday 02:00–03:00 UTC", Body = "The system will be unavailable for up to an hour." },
        };
    }

    private static string Describe(CaseStatus? status) => status switch
    {
        CaseStatus.Qc => "in quality control",
        CaseStatus.OnHold => "on hold",
        null => "updated",
        _ => status.Value.ToString().ToLowerInvariant(),
    };
}
