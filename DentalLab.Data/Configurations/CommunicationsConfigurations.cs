using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DentalLab.Data.Configurations;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> b)
    {
        b.ToTable("conversations", t =>
        {
            t.HasCheckConstraint(
                "ck_conversations_group_has_title", "type <> 'group' OR (title IS NOT NULL AND length(btrim(title)) > 0)");
            t.HasCheckConstraint("ck_conversations_case_has_case_id", "type <> 'case' OR case_id IS NOT NULL");
        });
        b.Property(c => c.Title).HasMaxLength(200);
        b.HasOne(c => c.Case).WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(c => c.CreatedBy).WithMany().HasForeignKey(c => c.CreatedById).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(c => c.Participants).WithOne(p => p.Conversation).HasForeignKey(p => p.ConversationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Messages).WithOne(m => m.Conversation).HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => c.CaseId);
        b.HasIndex(c => c.LastMessageAt);
        b.HasIndex(c => c.Type);
        b.HasIndex(c => c.CreatedById);
    }
}

internal sealed class ConversationParticipantConfiguration : IEntityTypeConfiguration<ConversationParticipant>
{
    public void Configure(EntityTypeBuilder<ConversationParticipant> b)
    {
        b.ToTable("conversation_participants", t =>
            t.HasCheckConstraint("ck_conversation_participants_left_after_joined", "left_at IS NULL OR left_at >= joined_at"));
        b.HasOne(p => p.User).WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(p => p.LastReadMessage).WithMany().HasForeignKey(p => p.LastReadMessageId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(p => new { p.ConversationId, p.UserId }).IsUnique();
        b.HasIndex(p => p.UserId);
        b.HasIndex(p => p.LastReadMessageId);
    }
}

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> b)
    {
        b.ToTable("messages", t =>
        {
            t.HasCheckConstraint("ck_messages_body_not_empty", "length(body) > 0");
            t.HasCheckConstraint("ck_messages_edited_after_sent", "edited_at IS NULL OR edited_at >= sent_at");
        });
        b.Property(m => m.Body).HasColumnType("text").IsRequired();
        b.HasOne(m => m.Sender).WithMany().HasForeignKey(m => m.SenderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(m => m.ReplyTo).WithMany().HasForeignKey(m => m.ReplyToId).OnDelete(DeleteBehavior.SetNull);
        // Keyset paging through a thread, newest first: WHERE (sent_at, id) < (@at, @id) ORDER BY sent_at DESC, id DESC.
        b.HasIndex(m => new { m.ConversationId, m.SentAt, m.Id })
            .IsDescending(false, true, true)
            .HasDatabaseName("ix_messages_conversation_id_sent_at_id");
        b.HasIndex(m => m.SenderId);
        b.HasIndex(m => m.ReplyToId);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications", t =>
            t.HasCheckConstraint("ck_notifications_link_relative", "link IS NULL OR left(link, 1) = '/'"));
        b.Property(n => n.Title).HasMaxLength(200).IsRequired();
        b.Property(n => n.Body).HasMaxLength(2000);
        b.Property(n => n.Link).HasMaxLength(500);
        b.Property(n => n.Data).HasColumnType("jsonb");
        b.HasOne(n => n.User).WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(n => new { n.UserId, n.ReadAt });
        b.HasIndex(n => new { n.UserId, n.CreatedAt }).IsDescending(false, true);
        b.HasIndex(n => n.Type);
    }
}
