using DirectoryPortal.Model;

namespace DirectoryPortal.Render;

/// A service seen from a particular page: what the service card and details partials receive.
public sealed record ServiceView(PageModel Page, Service Service);
