import Hummingbird

/// The HTML pages (`/`, `/search`, `/measures`, `/notices`, the notice view, `/plan`, the status page) and
/// their assets are registered here; their renderers live in the `WebPages` target. Every page gets the
/// middleware above it: security headers, errors as one sentence and the access token. A route that may change
/// something (a POST) goes on `writes`, which checks the CSRF token first: `state.csrfToken` goes into each
/// form as the hidden field `csrf`. Reads go through `state.index.read { index in … }`, off the connection
/// threads.
struct PageRoutes {
    let state: ServerState

    func register(on router: Router<BasicRequestContext>, writes: RouterGroup<BasicRequestContext>) {
        ReadingPages(state: state).register(on: router)
        PlanPages(state: state).register(on: router, writes: writes)
        StatusPages(state: state).register(on: router, writes: writes)
    }
}
