import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    claims?: { userId: string; sessionVersion: number; authTime: number };
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    sessionVersion?: number;
    authTime?: number;
  }
}
