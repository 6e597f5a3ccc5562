import type { Messages } from "../en";
import common from "./common";

const ja = { ...common } satisfies Messages;

export default ja;
