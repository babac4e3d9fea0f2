import ArgumentParser
import ParleyConfig

/// `--color=auto|always|never` takes the same modes as the config file's `color`, so the two
/// cannot drift apart and the option can simply replace the file's value.
extension Configuration.ColorMode: ExpressibleByArgument {}
