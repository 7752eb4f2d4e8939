"""The app's routers, one module each: `account` (sign-in, home, own work), `tasks` (demonstrations,
comparisons, human evaluation), `redteam` (red-team sessions) and `admin` (the dashboard, accounts, rounds,
pool import, exports). They declare their parameters with the aliases of `alignkit.app.deps`."""
