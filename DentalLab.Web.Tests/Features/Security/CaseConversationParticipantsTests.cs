using DentalLab.Data.Entities;
using DentalLab.Web.Features.Cases;
using DentalLab.Web.Features.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Security;

/// <summary>Finding 3: a case conversation's participants follow the case's dentist.</summary>
[Collection(LabCollection.Name)]
public sealed class CaseConversationParticipantsTests(LabServerFixture server)
{
    [Fact]
    public async Task A_dentist_removed_from_a_case_no_longer_loads_its_conversation_and_the_new_dentist_does()
    {
        var app = await server.SharedAppAsync("security-messages");
        string caseNumber;
        Guid newDentistProfile;
        await using (var db = app.Db())
        {
            caseNumber = await db.Set<Case>().Where(c => c.Dentist!.User!.NormalizedEmail == "DENTIST@DENTALLAB.TEST" && c.Status != CaseStatus.Cancelled)
                .OrderBy(c => c.CaseNumber).Select(c => c.CaseNumber).FirstAsync();
            newDentistProfile = await db.Set<DentistProfile>().Where(d => d.User!.NormalizedEmail == "DENTIST2@DENTALLAB.TEST").Select(d => d.Id).SingleAsync();
        }

        Guid conversationId;
        await using (var old = await app.ScopeAsAsync("dentist@dentallab.test"))
        {
            var messages = old.ServiceProvider.GetRequiredService<MessageService>();
            conversationId = await messages.OpenCaseConversationAsync(caseNumber);
            await messages.SendAsync(conversationId, "Is the shade A2 fine?");
        }

        // The front desk moves the case to another practice (it was logged under the wrong dentist).
        await using (var staff = await app.ScopeAsAsync("staff@dentallab.test"))
        {
            var cases = staff.ServiceProvider.GetRequiredService<CaseService>();
            var queries = staff.ServiceProvider.GetRequiredService<CaseQueries>();
            var input = await queries.InputForAsync(caseNumber);
            Assert.NotNull(input);
            input.Dentist = await queries.DentistAsync(newDentistProfile);
            var saved = await cases.UpdateAsync(caseNumber, input);
            Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Values));
            await staff.ServiceProvider.GetRequiredService<MessageService>().SendAsync(conversationId, "Moved to the right practice; the new details follow.");
        }

        await using (var old = await app.ScopeAsAsync("dentist@dentallab.test"))
        {
            var messages = old.ServiceProvider.GetRequiredService<MessageService>();
            await Assert.ThrowsAsync<ConversationNotFoundException>(() => messages.ConversationAsync(conversationId));
            await Assert.ThrowsAsync<ConversationNotFoundException>(() => messages.MessagesAsync(conversationId));
            await Assert.ThrowsAsync<ConversationNotFoundException>(() => messages.SendAsync(conversationId, "still here?"));
            Assert.DoesNotContain(await messages.ConversationsAsync(), c => c.Id == conversationId);
            await Assert.ThrowsAsync<ConversationNotFoundException>(() => messages.OpenCaseConversationAsync(caseNumber));
        }

        await using (var current = await app.ScopeAsAsync("dentist2@dentallab.test"))
        {
            var messages = current.ServiceProvider.GetRequiredService<MessageService>();
            Assert.Equal(conversationId, await messages.OpenCaseConversationAsync(caseNumber));
            var detail = await messages.ConversationAsync(conversationId);
            // One dentist in the conversation: the case's.
            Assert.Single(detail.Participants, p => p.IsDentist);
            Assert.Contains((await messages.MessagesAsync(conversationId)).Items, m => m.Body.StartsWith("Moved to the right practice", StringComparison.Ordinal));
        }

        await using var check = app.Db();
        Assert.NotNull(await check.Set<ConversationParticipant>()
            .Where(p => p.ConversationId == conversationId && p.User!.NormalizedEmail == "DENTIST@DENTALLAB.TEST").Select(p => p.LeftAt).SingleAsync());
    }
}
