package dev.ndgrade.python.syntax;

import java.util.List;
import java.util.Optional;

/** {@code except type as name: body}; a bare {@code except:} has neither type nor name. */
public record ExceptHandler(Pos pos, Optional<Expr> type, Optional<String> name, List<Stmt> body) {
    public ExceptHandler {
        body = List.copyOf(body);
    }
}
