import { Box, Link, Typography } from '@mui/material';
import { useState } from 'react';
import { LocalesMenuButton, Login, LoginForm, useTranslate } from 'react-admin';
import { RedeemCodeForm } from './redeem-code-form.js';

/** Sign-in, with the language switch already here (some operators read English) and the reset-code form. */
export function LoginPage() {
  const translate = useTranslate();
  const [redeeming, setRedeeming] = useState(false);
  return (
    <Login>
      <Box sx={{ textAlign: 'center', px: 2 }}>
        <Typography variant="h6" component="h1">
          {translate(redeeming ? 'rectify.reset.redeemHeading' : 'rectify.login.heading')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate(redeeming ? 'rectify.reset.redeemHelp' : 'rectify.login.subheading')}
        </Typography>
      </Box>
      {redeeming ? <RedeemCodeForm /> : <LoginForm />}
      <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }}>
        <Link component="button" type="button" variant="body2" onClick={() => setRedeeming(!redeeming)}>
          {translate(redeeming ? 'rectify.reset.backToSignIn' : 'rectify.reset.haveCode')}
        </Link>
      </Box>
      <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }}>
        <LocalesMenuButton />
      </Box>
    </Login>
  );
}
