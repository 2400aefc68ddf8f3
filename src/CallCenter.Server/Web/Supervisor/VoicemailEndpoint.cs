using CallCenter.Ari.Rest;
using CallCenter.Core.Ports;
using CallCenter.Server.Web.SignIn;
using Microsoft.AspNetCore.Authorization;

namespace CallCenter.Server.Web.Supervisor;

/// <summary>
/// GET /tickets/{id}/voicemail: a complaint ticket's voice message as a WAV, fetched from Asterisk's recordings for
/// the supervisor's audio player. Supervisors and admins only; the recording is the customer's voice.
/// </summary>
public static partial class VoicemailEndpoint
{
    public const string Route = "/tickets/{id:guid}/voicemail";

    public const string AsteriskDown = "The voice message cannot be played now: Asterisk, which keeps the recordings, does not answer or refuses. Try again shortly.";

    public const string DatabaseDown = "The voice message cannot be played now: the ticket cannot be read (database unavailable). Try again shortly.";

    public static string PathOf(Guid ticketId) => $"/tickets/{ticketId}/voicemail";

    public static IEndpointRouteBuilder MapVoicemail(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(Route, GetAsync)
            .RequireAuthorization(new AuthorizeAttribute { Roles = DeskRoles.SupervisorOrAdmin });
        return endpoints;
    }

    private static async Task<IResult> GetAsync(Guid id, IComplaintDesk desk, AriRestClient asterisk, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(VoicemailEndpoint));
        try
        {
            var ticket = await desk.GetAsync(id, cancellationToken);
            if (ticket?.RecordingName is not { Length: > 0 } recording)
            {
                return Results.NotFound(ticket is null ? "No such ticket." : "This ticket has no voice message.");
            }
            var wav = await asterisk.Recordings.GetStoredFileAsync(recording, cancellationToken);
            return Results.File(wav, "audio/wav", enableRangeProcessing: true);
        }
        catch (AriNotFoundException)
        {
            return Results.NotFound("Asterisk no longer has this ticket's voice message.");
        }
        catch (DataUnavailableException exception)
        {
            LogDatabaseDown(logger, exception, id);
            return Results.Text(DatabaseDown, "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (AriException exception)
        {
            LogAsteriskDown(logger, exception, id);
            return Results.Text(AsteriskDown, "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The voice message of ticket {TicketId} could not be fetched from Asterisk")]
    private static partial void LogAsteriskDown(ILogger logger, Exception exception, Guid ticketId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The ticket {TicketId} could not be read for its voice message")]
    private static partial void LogDatabaseDown(ILogger logger, Exception exception, Guid ticketId);
}
