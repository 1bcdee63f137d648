# Veil in a small image: a static binary on distroless.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /veil ./cmd/veil

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /veil /veil
USER nonroot
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --retries=3 CMD ["/veil", "health"]
ENTRYPOINT ["/veil"]
CMD ["serve"]
