namespace CallCenter.Testing.Rest;

/// <summary>Serves one ARI operation.</summary>
internal delegate ValueTask<AriResult> AriHandler(AriRequest request);
